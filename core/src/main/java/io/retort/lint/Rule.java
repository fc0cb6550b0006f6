package io.retort.lint;

/**
 * A lint rule: its id (what {@code @Allow(rule = ...)} names), what it finds, the lock the unsafe
 * form takes and what that lock blocks, whether it rewrites or scans the table, and the safe form.
 * Every rule has a section of docs/safety.md named by its id.
 */
public record Rule(String id, String title, Lock lock, TableWork work, String safeAlternative) {

    /** The docs section that explains the rule. */
    public String docs() {
        return "docs/safety.md#" + id;
    }
}
