package io.retort.schema;

/** What a foreign key does when the referenced row is deleted or its key updated. */
public enum ReferentialAction {
    NO_ACTION("NO ACTION"), RESTRICT("RESTRICT"), CASCADE("CASCADE"), SET_NULL("SET NULL"), SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    public String sql() {
        return sql;
    }

    /** Parses the SQL spelling ({@code SET NULL}, {@code set_null}, ...). */
    public static ReferentialAction fromSql(String text) {
        String normalized = text.trim().toUpperCase().replace('_', ' ');
        for (ReferentialAction action : values()) {
            if (action.sql.equals(normalized)) {
                return action;
            }
        }
        throw new IllegalArgumentException("Unknown referential action '" + text
                + "'; expected NO ACTION, RESTRICT, CASCADE, SET NULL or SET DEFAULT");
    }
}
