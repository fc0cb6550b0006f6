package io.retort.dialect.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalizes SQL expressions (server defaults, checks, partial-index predicates) so that what a
 * migration wrote and what PostgreSQL prints back compare equal. PostgreSQL re-deparses expressions:
 * {@code amount >= 0} comes back as {@code (amount >= 0)}, {@code status = 'open'} as
 * {@code ((status)::text = 'open'::text)}, {@code status IN ('a', 'b')} as
 * {@code ((status)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))},
 * {@code -1} as {@code '-1'::integer}. Both sides go through the same steps: casts stripped, words
 * lower-cased outside literals and quoted identifiers, needless quotes and parentheses removed,
 * PostgreSQL's operator spellings mapped back ({@code ~~} to {@code like}, {@code = ANY (ARRAY[...])}
 * to {@code in (...)}), {@code now()} folded into {@code CURRENT_TIMESTAMP}.
 */
final class PostgresExpressions {

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_$]*");
    private static final String OPERATOR_CHARS = "+-*/<>=~!@#%^&|`?";

    private static final Set<String> NUMERIC_TYPES = Set.of("smallint", "integer", "int", "int2", "int4", "int8",
            "bigint", "numeric", "decimal", "real", "float4", "float8", "double");

    /** Words that stand for values, upper-cased in the normalized text as people usually write them. */
    private static final Set<String> VALUE_KEYWORDS = Set.of("current_timestamp", "current_date", "current_time",
            "localtimestamp", "localtime", "current_user", "session_user", "current_schema");

    /**
     * PostgreSQL's reserved and type/function-name keywords: a column so named must stay quoted
     * (PostgreSQL prints it quoted, and a migration must have written it quoted).
     */
    private static final Set<String> RESERVED = Set.of("all", "analyse", "analyze", "and", "any", "array", "as", "asc",
            "asymmetric", "authorization", "binary", "both", "case", "cast", "check", "collate", "collation", "column",
            "concurrently", "constraint", "create", "cross", "current_catalog", "current_date", "current_role",
            "current_schema", "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc",
            "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign", "freeze", "from", "full",
            "grant", "group", "having", "ilike", "in", "initially", "inner", "intersect", "into", "is", "isnull", "join",
            "lateral", "leading", "left", "like", "limit", "localtime", "localtimestamp", "natural", "not", "notnull",
            "null", "offset", "on", "only", "or", "order", "outer", "overlaps", "placing", "primary", "references",
            "returning", "right", "select", "session_user", "similar", "some", "symmetric", "system_user", "table",
            "tablesample", "then", "to", "trailing", "true", "union", "unique", "user", "using", "variadic", "verbose",
            "when", "where", "window", "with");

    private static final Map<String, String> OPERATOR_SPELLINGS = Map.of(
            "!=", "<>", "~~", "like", "~~*", "ilike", "!~~", "not like", "!~~*", "not ilike");

    /** Words followed by a parenthesis that is not a grouping one. */
    private static final Set<String> CALL_KEYWORDS = Set.of("in", "any", "all", "some", "exists", "array", "values", "over");

    /** Words that separate rather than operate: a parenthesis next to them stands alone. */
    private static final Set<String> SEPARATOR_WORDS = Set.of("case", "when", "then", "else", "end", "distinct", "as");

    private static final int ATOMIC = 100;

    private PostgresExpressions() {
    }

    /** The normalized form of {@code sql}, or null for null or blank. */
    static String normalize(String sql) {
        if (sql == null || sql.isBlank()) {
            return null;
        }
        List<Token> tokens = tokenize(betweenAsComparisons(sql));
        tokens = stripCasts(tokens);
        tokens = foldWords(tokens);
        List<Object> tree = removeParentheses(nest(tokens, new int[] {0}, null));
        List<Token> flat = new ArrayList<>();
        flatten(tree, flat);
        flat = rewriteArrayComparisons(flat);
        return render(flat);
    }

    private static final java.util.regex.Pattern BETWEEN = java.util.regex.Pattern.compile(
            "(?i)(?<![\\w$])(\"?[\\w$]+\"?)\\s+between\\s+('[^']*'|-?[\\w.$]+)\\s+and\\s+('[^']*'|-?[\\w.$]+)");

    /** PostgreSQL stores {@code x BETWEEN a AND b} as {@code x >= a AND x <= b}; simple operands are rewritten the same way. */
    private static String betweenAsComparisons(String sql) {
        return BETWEEN.matcher(sql).replaceAll("$1 >= $2 AND $1 <= $3");
    }

    // ---- tokens

    enum Type { WORD, QUOTED, STRING, NUMBER, OPERATOR, PUNCT }

    record Token(Type type, String text) {

        boolean is(String value) {
            return (type == Type.WORD || type == Type.OPERATOR || type == Type.PUNCT) && text.equals(value);
        }
    }

    static List<Token> tokenize(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"') {
                int end = i + 1;
                while (end < n) {
                    if (sql.charAt(end) == c) {
                        if (end + 1 < n && sql.charAt(end + 1) == c) {
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    end++;
                }
                String body = sql.substring(i + 1, Math.min(end, n)).replace("" + c + c, "" + c);
                tokens.add(new Token(c == '\'' ? Type.STRING : Type.QUOTED, body));
                i = end + 1;
            } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(sql.charAt(i + 1))
                    || c == '-' && i + 1 < n && Character.isDigit(sql.charAt(i + 1)) && startsOperand(tokens)) {
                int end = i + 1;
                while (end < n && (Character.isDigit(sql.charAt(end)) || sql.charAt(end) == '.')) {
                    end++;
                }
                if (end < n && (sql.charAt(end) == 'e' || sql.charAt(end) == 'E')) {
                    int exp = end + 1;
                    if (exp < n && (sql.charAt(exp) == '+' || sql.charAt(exp) == '-')) {
                        exp++;
                    }
                    if (exp < n && Character.isDigit(sql.charAt(exp))) {
                        end = exp;
                        while (end < n && Character.isDigit(sql.charAt(end))) {
                            end++;
                        }
                    }
                }
                tokens.add(new Token(Type.NUMBER, sql.substring(i, end)));
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_' || sql.charAt(end) == '$')) {
                    end++;
                }
                tokens.add(new Token(Type.WORD, sql.substring(i, end)));
                i = end;
            } else if (c == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
                tokens.add(new Token(Type.PUNCT, "::"));
                i += 2;
            } else if (OPERATOR_CHARS.indexOf(c) >= 0) {
                int end = i + 1;
                while (end < n && OPERATOR_CHARS.indexOf(sql.charAt(end)) >= 0) {
                    end++;
                }
                tokens.add(new Token(Type.OPERATOR, sql.substring(i, end)));
                i = end;
            } else {
                tokens.add(new Token(Type.PUNCT, String.valueOf(c)));
                i++;
            }
        }
        return tokens;
    }

    /** Whether a '-' here is a sign rather than a subtraction. */
    private static boolean startsOperand(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return true;
        }
        Token last = tokens.get(tokens.size() - 1);
        return last.type() == Type.OPERATOR || last.is("(") || last.is(",") || last.is("[")
                || last.type() == Type.WORD && isOperatorWord(last.text().toLowerCase(Locale.ROOT));
    }

    private static boolean isOperatorWord(String word) {
        return word.equals("and") || word.equals("or") || word.equals("not") || word.equals("is") || word.equals("like")
                || word.equals("ilike") || word.equals("between") || word.equals("similar") || SEPARATOR_WORDS.contains(word);
    }

    // ---- casts

    /** Drops {@code ::type} suffixes; a quoted number cast to a numeric type becomes the bare number. */
    private static List<Token> stripCasts(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if (!token.is("::")) {
                out.add(token);
                i++;
                continue;
            }
            int end = i + 1;
            String typeName = "";
            if (end < tokens.size() && (tokens.get(end).type() == Type.WORD || tokens.get(end).type() == Type.QUOTED)) {
                typeName = tokens.get(end).text().toLowerCase(Locale.ROOT);
                end++;
                while (end + 1 < tokens.size() && tokens.get(end).is(".")) {
                    end += 2; // schema-qualified type
                }
                end = skipTypeTail(tokens, end);
            }
            Token previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && previous.type() == Type.STRING && NUMERIC_TYPES.contains(typeName)
                    && NUMBER.matcher(previous.text()).matches()) {
                out.set(out.size() - 1, new Token(Type.NUMBER, previous.text()));
            }
            i = end;
        }
        return out;
    }

    /** Skips the rest of a type name: more words, a size in parentheses, array brackets. */
    private static int skipTypeTail(List<Token> tokens, int i) {
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            String word = token.type() == Type.WORD ? token.text().toLowerCase(Locale.ROOT) : "";
            if (word.equals("varying") || word.equals("precision") || word.equals("with") || word.equals("without")
                    || word.equals("time") || word.equals("zone")) {
                i++;
            } else if (token.is("(") && i + 1 < tokens.size() && tokens.get(i + 1).type() == Type.NUMBER) {
                int close = i + 1;
                while (close < tokens.size() && !tokens.get(close).is(")")) {
                    close++;
                }
                i = close + 1;
            } else if (token.is("[") && i + 1 < tokens.size() && tokens.get(i + 1).is("]")) {
                i += 2;
            } else {
                return i;
            }
        }
        return i;
    }

    // ---- words

    private static List<Token> foldWords(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.type() == Type.WORD) {
                String word = token.text().toLowerCase(Locale.ROOT);
                if (word.equals("now") && i + 2 < tokens.size() && tokens.get(i + 1).is("(") && tokens.get(i + 2).is(")")) {
                    word = "current_timestamp";
                    i += 2;
                }
                out.add(new Token(Type.WORD, word));
            } else if (token.type() == Type.QUOTED && PLAIN_IDENTIFIER.matcher(token.text()).matches()
                    && !RESERVED.contains(token.text())) {
                out.add(new Token(Type.WORD, token.text()));
            } else if (token.type() == Type.OPERATOR && OPERATOR_SPELLINGS.containsKey(token.text())) {
                for (String part : OPERATOR_SPELLINGS.get(token.text()).split(" ")) {
                    out.add(new Token(part.matches("[a-z]+") ? Type.WORD : Type.OPERATOR, part));
                }
            } else {
                out.add(token);
            }
        }
        return out;
    }

    // ---- parentheses

    /** A parenthesized or bracketed group; {@code call} when it belongs to a function, IN, ANY or ARRAY. */
    record Group(String open, String close, boolean call, List<Object> items) {
    }

    private static List<Object> nest(List<Token> tokens, int[] position, String close) {
        List<Object> items = new ArrayList<>();
        while (position[0] < tokens.size()) {
            Token token = tokens.get(position[0]++);
            if (close != null && token.is(close)) {
                return items;
            }
            if (token.is("(") || token.is("[")) {
                Object previous = items.isEmpty() ? null : items.get(items.size() - 1);
                boolean call = token.is("[") || previous instanceof Token p && (p.type() == Type.QUOTED
                        || p.type() == Type.WORD && (CALL_KEYWORDS.contains(p.text()) || !isOperatorWord(p.text())));
                String closing = token.is("(") ? ")" : "]";
                items.add(new Group(token.text(), closing, call, nest(tokens, position, closing)));
            } else {
                items.add(token);
            }
        }
        return items;
    }

    private static List<Object> removeParentheses(List<Object> items) {
        List<Object> out = new ArrayList<>();
        for (Object item : items) {
            out.add(item instanceof Group g ? new Group(g.open(), g.close(), g.call(), removeParentheses(g.items())) : item);
        }
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) instanceof Group group && !group.call() && redundant(out, i, group)) {
                out.remove(i);
                out.addAll(i, group.items());
                i = -1; // neighbours changed: look again from the start
            }
        }
        return out;
    }

    private static boolean redundant(List<Object> items, int index, Group group) {
        if (group.items().isEmpty()) {
            return false;
        }
        Object right = index + 1 < items.size() ? items.get(index + 1) : null;
        if (right instanceof Group || right instanceof Token r && (r.is(".") || r.is("["))) {
            return false; // (row).field, (array)[1]
        }
        int strength = strength(group.items());
        int left = leftLevel(items, index);
        int rightLevel = rightLevel(right);
        int context = Math.max(left, rightLevel);
        if (strength > context) {
            return true;
        }
        if (strength == context && (context == 1 || context == 2)) {
            return true;
        }
        // Left-associative operators: PostgreSQL prints a - b - c as ((a - b) - c).
        return strength == context && context >= 7 && rightLevel == context && left < context;
    }

    /** The binding level of the loosest operator at the top of {@code items}; higher binds tighter. */
    private static int strength(List<Object> items) {
        int lowest = ATOMIC;
        boolean betweenPending = false;
        int caseDepth = 0;
        Object previous = null;
        for (Object item : items) {
            if (item instanceof Token token) {
                if (token.is("case")) {
                    caseDepth++;
                } else if (token.is("end")) {
                    caseDepth--;
                } else if (caseDepth == 0) {
                    if (token.is("between")) {
                        betweenPending = true;
                    }
                    int level = operatorLevel(token, previous);
                    if (token.is("and") && betweenPending) {
                        betweenPending = false;
                        level = ATOMIC;
                    }
                    lowest = Math.min(lowest, level);
                }
            }
            previous = item;
        }
        return lowest;
    }

    private static int leftLevel(List<Object> items, int index) {
        if (index == 0) {
            return 0;
        }
        Object left = items.get(index - 1);
        if (!(left instanceof Token token) || token.is(",") || SEPARATOR_WORDS.contains(token.text())) {
            return 0;
        }
        if (token.type() == Type.OPERATOR && (token.is("-") || token.is("+"))
                && (index == 1 || items.get(index - 2) instanceof Token t && (t.type() == Type.OPERATOR || isOperatorWord(t.text())))) {
            return 11; // unary sign
        }
        int level = operatorLevel(token, index >= 2 ? items.get(index - 2) : null);
        return level == ATOMIC ? 0 : level;
    }

    private static int rightLevel(Object right) {
        if (!(right instanceof Token token) || token.is(",") || SEPARATOR_WORDS.contains(token.text())) {
            return 0;
        }
        if (token.is("not")) {
            return 6; // NOT LIKE, NOT IN, NOT BETWEEN after an operand
        }
        int level = operatorLevel(token, "operand");
        return level == ATOMIC ? 0 : level;
    }

    /** PostgreSQL's operator precedence, loosest first; ATOMIC for operands. */
    private static int operatorLevel(Token token, Object previous) {
        if (token.type() == Type.WORD) {
            switch (token.text()) {
                case "or":
                    return 1;
                case "and":
                    return 2;
                case "not":
                    // a NOT that follows an operand belongs to NOT LIKE / NOT IN / IS NOT
                    return previous == null || previous instanceof Token p && (p.is(",") || p.is("and") || p.is("or")
                            || p.is("not") || SEPARATOR_WORDS.contains(p.text())) ? 3 : ATOMIC;
                case "is":
                case "isnull":
                case "notnull":
                    return 4;
                case "like":
                case "ilike":
                case "in":
                case "between":
                case "similar":
                    return 6;
                default:
                    return ATOMIC;
            }
        }
        if (token.type() != Type.OPERATOR) {
            return ATOMIC;
        }
        switch (token.text()) {
            case "=":
            case "<>":
            case "<":
            case ">":
            case "<=":
            case ">=":
                return 5;
            case "+":
            case "-":
                if (previous == null || previous instanceof Token p && (p.type() == Type.OPERATOR || p.is(",")
                        || p.type() == Type.WORD && isOperatorWord(p.text()))) {
                    return ATOMIC; // unary sign
                }
                return 8;
            case "*":
            case "/":
            case "%":
                return 9;
            case "^":
                return 10;
            default:
                return 7;
        }
    }

    private static void flatten(List<Object> items, List<Token> out) {
        for (Object item : items) {
            if (item instanceof Group group) {
                out.add(new Token(Type.PUNCT, group.open()));
                flatten(group.items(), out);
                out.add(new Token(Type.PUNCT, group.close()));
            } else {
                out.add((Token) item);
            }
        }
    }

    /** {@code x = ANY (ARRAY[a, b])} back to {@code x IN (a, b)}, {@code <> ALL} to {@code NOT IN}. */
    private static List<Token> rewriteArrayComparisons(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean any = token.is("=") && i + 1 < tokens.size() && tokens.get(i + 1).is("any");
            boolean all = token.is("<>") && i + 1 < tokens.size() && tokens.get(i + 1).is("all");
            if ((any || all) && i + 4 < tokens.size() && tokens.get(i + 2).is("(") && tokens.get(i + 3).is("array")
                    && tokens.get(i + 4).is("[")) {
                int close = matching(tokens, i + 4, "[", "]");
                if (close + 1 < tokens.size() && tokens.get(close + 1).is(")")) {
                    if (all) {
                        out.add(new Token(Type.WORD, "not"));
                    }
                    out.add(new Token(Type.WORD, "in"));
                    out.add(new Token(Type.PUNCT, "("));
                    out.addAll(tokens.subList(i + 5, close));
                    out.add(new Token(Type.PUNCT, ")"));
                    i = close + 1;
                    continue;
                }
            }
            out.add(token);
        }
        return out;
    }

    private static int matching(List<Token> tokens, int open, String openText, String closeText) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).is(openText)) {
                depth++;
            } else if (tokens.get(i).is(closeText) && --depth == 0) {
                return i;
            }
        }
        return tokens.size();
    }

    // ---- text

    private static String render(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        Token previous = null;
        for (Token token : tokens) {
            if (previous != null && spaceBetween(previous, token)) {
                out.append(' ');
            }
            out.append(text(token));
            previous = token;
        }
        return out.toString();
    }

    private static boolean spaceBetween(Token previous, Token next) {
        if (previous.is("(") || previous.is("[") || previous.is(".")) {
            return false;
        }
        if (next.is(")") || next.is("]") || next.is(",") || next.is(".") || next.is("[")) {
            return false;
        }
        if (next.is("(") && (previous.type() == Type.QUOTED
                || previous.type() == Type.WORD && !isOperatorWord(previous.text()) && !CALL_KEYWORDS.contains(previous.text()))) {
            return false; // a function call
        }
        return true;
    }

    private static String text(Token token) {
        switch (token.type()) {
            case STRING:
                return "'" + token.text().replace("'", "''") + "'";
            case QUOTED:
                return "\"" + token.text().replace("\"", "\"\"") + "\"";
            case WORD:
                return VALUE_KEYWORDS.contains(token.text()) ? token.text().toUpperCase(Locale.ROOT) : token.text();
            default:
                return token.text();
        }
    }
}
