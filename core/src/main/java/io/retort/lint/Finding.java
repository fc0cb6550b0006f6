package io.retort.lint;

/**
 * One rule firing on one operation of a revision; {@code allowedBecause} is the reason the revision
 * gives in {@code @Allow} for the rule, or null when the finding stands.
 */
public record Finding(String revision, String message, Rule rule, String operation, String detail, String allowedBecause) {

    public boolean allowed() {
        return allowedBecause != null;
    }

    Finding allow(String reason) {
        return new Finding(revision, message, rule, operation, detail, reason);
    }

    /** One line for a log: where, what, the lock and its cost, the safe form, the docs. */
    public String describe() {
        return "Revision " + revision + (message == null || message.isEmpty() ? "" : " (" + message + ")") + ": " + summary();
    }

    /** The finding without the revision it is on: for a view that already groups by revision. */
    public String summary() {
        String lock = rule.lock() == Lock.NONE ? "" : "; takes " + rule.lock().sql() + " (blocks " + rule.lock().blocks() + ")";
        String work = rule.work() == TableWork.NONE ? "" : " and " + rule.work().description();
        return "[" + rule.id() + "] " + operation + ": " + detail + lock + work + ". Safe: " + rule.safeAlternative() + " (" + rule.docs()
                + ")" + (allowed() ? " — allowed: " + allowedBecause : "");
    }
}
