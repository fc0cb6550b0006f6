package io.retort.lint;

/** Raw SQL of a revision that the rules could not read: the report lists it so that nobody takes silence for approval. */
public record NotAnalyzed(String revision, String operation) {

    public String describe() {
        return "Revision " + revision + ": " + operation + " is raw SQL, not analyzed by the lock rules: review it by hand";
    }
}
