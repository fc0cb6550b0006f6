package io.retort.it.goals;

import io.retort.testing.MavenRun;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "From a new project to the dev loop" section of docs/workflow.md, read the way a user reads it:
 * its fenced snippets by language, in order, and its text, so that a test can run what it says.
 */
final class WalkthroughDoc {

    private static final String HEADING = "## From a new project to the dev loop";
    private static final Pattern FENCE = Pattern.compile("(?m)^( *)```(\\w+)\\n(.*?)^\\1```$", Pattern.DOTALL);

    private final String text;

    private WalkthroughDoc(String text) {
        this.text = text;
    }

    static WalkthroughDoc read() throws IOException {
        String page = Files.readString(MavenRun.wrapper().getParent().resolve("docs/workflow.md"));
        int start = page.indexOf(HEADING);
        if (start < 0) {
            throw new IllegalStateException("docs/workflow.md has no section '" + HEADING + "'");
        }
        int end = page.indexOf("\n## ", start + HEADING.length());
        return new WalkthroughDoc(page.substring(start, end < 0 ? page.length() : end));
    }

    /** The snippets fenced with {@code language}, in order, their list indentation removed. */
    List<String> snippets(String language) {
        List<String> snippets = new ArrayList<>();
        Matcher fence = FENCE.matcher(text);
        while (fence.find()) {
            if (fence.group(2).equals(language)) {
                String indent = fence.group(1);
                snippets.add(fence.group(3).lines().map(line -> line.startsWith(indent) ? line.substring(indent.length()) : line)
                        .reduce("", (all, line) -> all + line + "\n"));
            }
        }
        return snippets;
    }

    boolean says(String words) {
        return text.contains(words);
    }

    /** A command line split as a shell would split it (double quotes group words, and are removed). */
    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : command.strip().toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(word.toString());
                }
                word.setLength(0);
                any = false;
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }
}
