package io.retort.it.goals;

/** The goals on the embedded SQLite default: no datasource configured. */
class GoalsOnSqliteTest extends GoalsScenario {

    @Override
    String extraDependencies() {
        return "";
    }

    @Override
    String properties() {
        return "# Nothing: Retort uses the SQLite file app.db\n";
    }
}
