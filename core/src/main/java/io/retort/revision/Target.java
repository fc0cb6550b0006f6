package io.retort.revision;

import java.util.List;

/**
 * A parsed target string. Parsing only checks the shape; the graph decides what the names mean.
 *
 * @param kind  which form the text has
 * @param name  the revision id, prefix, label or anchor; null when the form has none
 * @param steps the signed step count of relative forms, 0 otherwise
 * @param text  the text as the user wrote it, for messages
 */
record Target(Kind kind, String name, int steps, String text) {

    static final String FORMS = "use head, heads, base, a revision id or unique prefix, a branch label, +N, -N, "
            + "rev+N, rev-N, label@head, label@base, label@+N or label@-N";

    enum Kind {
        HEAD, HEADS, BASE,
        /** An id, unique prefix or branch label. */
        NAME,
        /** +N / -N from the current rows. */
        RELATIVE,
        /** rev+N / rev-N. */
        NAME_RELATIVE,
        LABEL_HEAD, LABEL_BASE,
        /** label@+N / label@-N from the branch's current row. */
        LABEL_RELATIVE
    }

    /** True for forms that move from where the database is now, as opposed to naming a place. */
    boolean isCurrentRelative() {
        return kind == Kind.RELATIVE || kind == Kind.LABEL_RELATIVE;
    }

    static Target parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid("The target is empty; " + FORMS + ".", text);
        }
        String t = text.strip();
        switch (t) {
            case "head": return new Target(Kind.HEAD, null, 0, t);
            case "heads": return new Target(Kind.HEADS, null, 0, t);
            case "base": return new Target(Kind.BASE, null, 0, t);
            default: break;
        }
        int at = t.indexOf('@');
        if (at >= 0) {
            return parseLabelForm(t, at);
        }
        int sign = firstSign(t);
        if (sign == 0) {
            return new Target(Kind.RELATIVE, null, parseSteps(t, t), t);
        }
        if (sign > 0) {
            String anchor = t.substring(0, sign);
            checkName(anchor, t);
            return new Target(Kind.NAME_RELATIVE, anchor, parseSteps(t.substring(sign), t), t);
        }
        checkName(t, t);
        return new Target(Kind.NAME, t, 0, t);
    }

    private static Target parseLabelForm(String t, int at) {
        String label = t.substring(0, at);
        String rest = t.substring(at + 1);
        if (label.isEmpty()) {
            throw invalid("Target '" + t + "' has no branch label before '@'; write it as label" + t
                    + ", for example mybranch" + t + ".", t);
        }
        checkName(label, t);
        switch (rest) {
            case "head": return new Target(Kind.LABEL_HEAD, label, 0, t);
            case "base": return new Target(Kind.LABEL_BASE, label, 0, t);
            default: break;
        }
        if (firstSign(rest) == 0) {
            return new Target(Kind.LABEL_RELATIVE, label, parseSteps(rest, t), t);
        }
        throw invalid("Target '" + t + "' is not understood: after '@' put head, base, +N or -N; " + FORMS + ".", t);
    }

    private static int firstSign(String s) {
        int plus = s.indexOf('+');
        int minus = s.indexOf('-');
        if (plus < 0) {
            return minus;
        }
        return minus < 0 ? plus : Math.min(plus, minus);
    }

    /** Parses "+N" or "-N" into a signed count. */
    private static int parseSteps(String signed, String whole) {
        String digits = signed.substring(1);
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw invalid("Target '" + whole + "' is not understood: '" + signed + "' needs a whole number of steps "
                    + "after the sign, such as +1 or -2.", whole);
        }
        int count;
        try {
            count = Integer.parseInt(digits);
        } catch (NumberFormatException tooBig) {
            throw invalid("Target '" + whole + "' asks for too many steps; use a smaller number.", whole);
        }
        if (count == 0) {
            throw invalid("Target '" + whole + "' moves zero steps; use at least 1, such as +1 or -1.", whole);
        }
        return signed.charAt(0) == '-' ? -count : count;
    }

    private static void checkName(String name, String whole) {
        if (!GraphValidator.NAME.matcher(name).matches()) {
            throw invalid("Target '" + whole + "' is not understood: '" + name + "' is not a revision id, prefix or "
                    + "branch label (those use letters, digits and '_' only); " + FORMS + ".", whole);
        }
    }

    private static InvalidTargetException invalid(String message, String text) {
        return new InvalidTargetException(message, text == null ? List.of() : List.of(text));
    }
}
