package io.retort.lint;

/** The PostgreSQL table lock a statement takes, and what waits on it while it is held. */
public enum Lock {
    ACCESS_EXCLUSIVE("ACCESS EXCLUSIVE", "every read and write of the table"),
    SHARE_ROW_EXCLUSIVE("SHARE ROW EXCLUSIVE", "writes to the table (and, for a foreign key, to the table it references)"),
    SHARE("SHARE", "writes to the table (INSERT, UPDATE, DELETE)"),
    SHARE_UPDATE_EXCLUSIVE("SHARE UPDATE EXCLUSIVE", "no reads or writes, only other schema changes and VACUUM"),
    NONE("none", "nothing");

    private final String sql;
    private final String blocks;

    Lock(String sql, String blocks) {
        this.sql = sql;
        this.blocks = blocks;
    }

    /** The lock's name as PostgreSQL's documentation writes it. */
    public String sql() {
        return sql;
    }

    /** What waits while the lock is held. */
    public String blocks() {
        return blocks;
    }
}
