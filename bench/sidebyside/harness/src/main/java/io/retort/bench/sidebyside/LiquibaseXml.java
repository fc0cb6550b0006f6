package io.retort.bench.sidebyside;

import java.util.List;

/** The pieces of a Liquibase XML changelog whose change sets run plain SQL, one statement per element. */
final class LiquibaseXml {

    static final String HEADER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <databaseChangeLog
                    xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                    http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
            """;

    static final String FOOTER = "</databaseChangeLog>\n";

    private LiquibaseXml() {
    }

    static String changeSet(String id, List<String> statements) {
        StringBuilder xml = new StringBuilder("    <changeSet id=\"").append(id).append("\" author=\"bench\">\n");
        for (String statement : statements) {
            // The generated SQL never contains "]]>", so CDATA needs no escaping.
            xml.append("        <sql splitStatements=\"false\"><![CDATA[").append(statement).append("]]></sql>\n");
        }
        return xml.append("    </changeSet>\n").toString();
    }
}
