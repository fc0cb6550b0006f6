package io.retort.lint;

/** What a statement does to a table's rows while it holds its lock: the reason a lock lasts long. */
public enum TableWork {
    REWRITE("rewrites the whole table and its indexes"),
    SCAN("reads every row"),
    NONE("touches no rows");

    private final String description;

    TableWork(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
