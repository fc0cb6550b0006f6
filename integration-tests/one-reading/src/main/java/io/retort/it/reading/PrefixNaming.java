package io.retort.it.reading;

import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/** Tables rd_&lt;snake_case&gt;, columns snake_case: a naming every surface must apply to read the entities right. */
public class PrefixNaming extends CamelCaseToUnderscoresNamingStrategy {

    @Override
    public Identifier toPhysicalTableName(Identifier name, JdbcEnvironment environment) {
        Identifier snake = super.toPhysicalTableName(name, environment);
        return Identifier.toIdentifier("rd_" + snake.getText(), snake.isQuoted());
    }
}
