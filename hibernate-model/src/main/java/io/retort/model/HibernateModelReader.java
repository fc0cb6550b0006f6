package io.retort.model;

import io.retort.dialect.Dialect;
import io.retort.dialect.postgres.PostgresDialect;
import io.retort.model.EntityModel.ModelSequence;
import io.retort.schema.CheckConstraint;
import io.retort.schema.Column;
import io.retort.schema.ColumnType;
import io.retort.schema.EnumType;
import io.retort.schema.ForeignKey;
import io.retort.schema.Index;
import io.retort.schema.Names;
import io.retort.schema.PrimaryKey;
import io.retort.schema.ReferentialAction;
import io.retort.schema.Schema;
import io.retort.schema.Table;
import io.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.Sequence;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceInitiator;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.jdbc.connections.spi.DatabaseConnectionInfo;
import org.hibernate.engine.jdbc.env.internal.JdbcEnvironmentInitiator;
import org.hibernate.resource.beans.internal.ManagedBeanRegistryImpl;
import org.hibernate.resource.beans.spi.ManagedBeanRegistry;
import org.hibernate.service.spi.ServiceRegistryImplementor;
import org.hibernate.type.SqlTypes;

/**
 * Reads entity classes into a schema snapshot through Hibernate's own boot metamodel, so table and
 * column names, types, join tables, inheritance tables and collection tables are exactly what
 * Hibernate maps. Constraints and indexes are renamed to Retort's convention ({@link Names}) so
 * that comparisons by name are reliable; explicitly named indexes keep their names. Hibernate writes
 * names unquoted unless told otherwise, and PostgreSQL folds unquoted names to lower case, so
 * unquoted names are folded here too: the snapshot names what the database will hold.
 */
public final class HibernateModelReader {

    private static final String POSTGRESQL = "PostgreSQL";

    private final Map<String, Object> settings = new HashMap<>();
    private final String product;
    private final Dialect dialect;

    /**
     * Hibernate's defaults, read through its PostgreSQL dialect with no database connection. No
     * version is given: like the application's own Hibernate without {@code quarkus.datasource.db-version},
     * the dialect takes the oldest version it supports (see {@link ApplicationEntities} for the setting).
     */
    public HibernateModelReader() {
        this(POSTGRESQL, new PostgresDialect());
    }

    /**
     * The same through Hibernate's dialect for {@code product} ({@code PostgreSQL}, {@code MariaDB}):
     * types are then Hibernate's own for that database, read by {@code dialect}, and names keep their
     * case where the database does (PostgreSQL folds unquoted names to lower case; MariaDB does not).
     */
    public HibernateModelReader(String product, Dialect dialect) {
        this.product = product;
        this.dialect = dialect;
        settings.put("jakarta.persistence.database-product-name", product);
        settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        settings.put(AvailableSettings.SCHEMA_MANAGEMENT_TOOL, null);
    }

    /** A Hibernate setting as the application configures it (naming strategies, for instance). */
    public HibernateModelReader setting(String name, Object value) {
        settings.put(name, value);
        return this;
    }

    public EntityModel read(Collection<Class<?>> entities) {
        // In a Quarkus build Hibernate also finds the application's Hibernate Reactive services, loaded
        // apart from this Hibernate; it skips them with a warning per service. Nothing is lost for
        // reading the mapping, so the warnings are silenced while reading.
        java.util.logging.Logger services = java.util.logging.Logger.getLogger("org.hibernate.orm.service");
        java.util.logging.Level level = services.getLevel();
        services.setLevel(java.util.logging.Level.SEVERE);
        try {
            return readWithOwnContext(entities);
        } finally {
            services.setLevel(level);
        }
    }

    private EntityModel readWithOwnContext(Collection<Class<?>> entities) {
        // Hibernate resolves mapped classes by name: let it see the loaders the entities came from
        // (in a Quarkus build these differ from the one Hibernate itself was loaded by).
        BootstrapServiceRegistryBuilder bootstrap = new BootstrapServiceRegistryBuilder();
        entities.stream().map(Class::getClassLoader).filter(java.util.Objects::nonNull).distinct()
                .forEach(bootstrap::applyClassLoader);
        StandardServiceRegistryBuilder builder = new StandardServiceRegistryBuilder(bootstrap.build());
        settings.forEach((key, value) -> {
            if (value != null) {
                builder.applySetting(key, value);
            }
        });
        builder.addInitiator(new NoDatabaseEnvironment()).addInitiator(new NoBeanContainer());
        StandardServiceRegistry registry = builder.build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entities.forEach(sources::addAnnotatedClass);
            Metadata metadata = sources.getMetadataBuilder().build();
            return convert(metadata);
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /**
     * Hibernate's JDBC environment, minus the "Database info" block it logs at INFO on every boot:
     * with no connection it could only print unknowns and the dialect's assumed version, which in the
     * application's build read like facts about its database.
     */
    private static final class NoDatabaseEnvironment extends JdbcEnvironmentInitiator {
        @Override
        protected void logConnectionInfo(DatabaseConnectionInfo info) {
        }
    }

    /**
     * No CDI container for reading a mapping: Hibernate instantiates converters and the like by
     * reflection either way, and without this it logs at INFO that CDI is on the class path but no
     * bean manager was given (true in every Quarkus build, and of no use to the user).
     */
    private static final class NoBeanContainer implements StandardServiceInitiator<ManagedBeanRegistry> {
        @Override
        public Class<ManagedBeanRegistry> getServiceInitiated() {
            return ManagedBeanRegistry.class;
        }

        @Override
        public ManagedBeanRegistry initiateService(Map<String, Object> configuration, ServiceRegistryImplementor registry) {
            return new ManagedBeanRegistryImpl(null);
        }
    }

    private EntityModel convert(Metadata metadata) {
        List<Table> tables = new ArrayList<>();
        List<ModelSequence> sequences = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, EnumType> enums = new TreeMap<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (org.hibernate.mapping.Table table : namespace.getTables()) {
                if (table.isPhysicalTable() && !table.isAbstractUnionTable() && !table.isView()) {
                    tables.add(table(table, metadata, warnings));
                    table.getColumns().forEach(column -> enumType(column, metadata).ifPresent(e -> enums.put(e.name(), e)));
                }
            }
            for (Sequence sequence : namespace.getSequences()) {
                var sequenceName = sequence.getName().getSequenceName();
                sequences.add(new ModelSequence(fold(sequenceName.getText(), sequenceName.isQuoted()), sequence.getInitialValue(),
                        sequence.getIncrementSize()));
            }
        }
        List<io.retort.schema.Sequence> schemaSequences = sequences.stream()
                .map(s -> new io.retort.schema.Sequence(s.name(), s.start(), s.increment())).toList();
        return new EntityModel(Schema.of(tables, schemaSequences).withEnums(enums.values()), sequences, warnings,
                metadata.getDatabase().getDialect().getVersion().toString());
    }

    /**
     * The PostgreSQL enum type a column of a Java enum mapped with {@code PostgreSQLEnumJdbcType}
     * has: Hibernate creates it before the tables, named after the enum class (unquoted, so
     * PostgreSQL folds it to lower case), with the constants' names as labels: sorted by name for a
     * named enum (Hibernate sorts them, as the parity test against its own DDL shows), in declaration
     * order for an ordinal one.
     */
    private static Optional<EnumType> enumType(org.hibernate.mapping.Column column, Metadata metadata) {
        int code = column.getSqlTypeCode(metadata);
        if (code != SqlTypes.NAMED_ENUM && code != SqlTypes.NAMED_ORDINAL_ENUM
                || !(column.getValue() instanceof org.hibernate.mapping.BasicValue basic) || basic.resolve() == null) {
            return Optional.empty();
        }
        Class<?> javaType = basic.resolve().getDomainJavaType().getJavaTypeClass();
        if (!javaType.isEnum()) {
            return Optional.empty();
        }
        List<String> labels = new ArrayList<>(java.util.Arrays.stream(javaType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
        if (code == SqlTypes.NAMED_ENUM) {
            labels.sort(null);
        }
        return Optional.of(new EnumType(column.getSqlType(metadata).toLowerCase(java.util.Locale.ROOT).trim(), labels));
    }

    private Table table(org.hibernate.mapping.Table source, Metadata metadata, List<String> warnings) {
        String name = fold(source.getName(), source.isQuoted());
        List<Column> columns = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        for (org.hibernate.mapping.Column column : columnsInDdlOrder(source, metadata)) {
            columns.add(column(name, source, column, metadata, warnings));
            for (org.hibernate.mapping.CheckConstraint check : column.getCheckConstraints()) {
                checks.add(new CheckConstraint(check.isNamed() ? fold(check.getName(), false) : Names.check(name, name(column)),
                        check.getConstraint()));
            }
        }
        int anonymous = 0;
        for (org.hibernate.mapping.CheckConstraint check : source.getChecks()) {
            checks.add(new CheckConstraint(check.isNamed() ? fold(check.getName(), false) : Names.check(name, String.valueOf(++anonymous)),
                    check.getConstraint()));
        }
        PrimaryKey primaryKey = source.getPrimaryKey() == null ? null
                : new PrimaryKey(Names.primaryKey(name), names(constraintColumnsInDdlOrder(source.getPrimaryKey(), metadata)));
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (org.hibernate.mapping.UniqueKey unique : source.getUniqueKeys().values()) {
            List<String> keyColumns = names(unique.getColumns());
            if (primaryKey != null && primaryKey.columns().equals(keyColumns)) {
                continue;
            }
            uniques.add(new UniqueConstraint(Names.unique(name, keyColumns), keyColumns));
        }
        // @Column(unique = true) is kept on the column; Hibernate only turns it into a key when it exports.
        for (org.hibernate.mapping.Column column : source.getColumns()) {
            List<String> keyColumns = List.of(name(column));
            boolean covered = uniques.stream().anyMatch(u -> u.columns().equals(keyColumns))
                    || primaryKey != null && primaryKey.columns().equals(keyColumns);
            if (column.isUnique() && !covered) {
                uniques.add(new UniqueConstraint(Names.unique(name, keyColumns), keyColumns));
            }
        }
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (org.hibernate.mapping.ForeignKey fk : source.getForeignKeyCollection()) {
            if (!fk.isCreationEnabled() || !fk.isPhysicalConstraint()) {
                continue;
            }
            List<String> fromColumns = names(fk.getColumns());
            org.hibernate.mapping.Table referenced = fk.getReferencedTable();
            String referencedName = fold(referenced.getName(), referenced.isQuoted());
            List<String> toColumns = names(fk.getReferencedColumns());
            if (fk.isReferenceToPrimaryKey() || fk.getReferencedColumns().isEmpty()) {
                // The key's columns pair with the primary key's as bound; Hibernate's DDL lists the pairs in
                // the order its column ordering strategy gives the referenced primary key.
                List<org.hibernate.mapping.Column> bound = referenced.getPrimaryKey().getColumns();
                List<org.hibernate.mapping.Column> ordered = constraintColumnsInDdlOrder(referenced.getPrimaryKey(), metadata);
                toColumns = names(ordered);
                fromColumns = ordered.stream().map(column -> name(fk.getColumns().get(bound.indexOf(column)))).toList();
            }
            foreignKeys.add(new ForeignKey(Names.foreignKey(name, fromColumns, referencedName), fromColumns,
                    referencedName, toColumns, action(fk.getOnDeleteAction()), ReferentialAction.NO_ACTION));
        }
        List<Index> indexes = new ArrayList<>();
        for (org.hibernate.mapping.Index index : source.getIndexes().values()) {
            List<String> indexColumns = names(index.getColumns());
            if (indexColumns.size() != index.getSelectables().size()) {
                warnings.add("Table " + name + ": index " + index.getName() + " has expressions Retort does not map; it is left out");
                continue;
            }
            String indexName = index.getName() == null || index.getName().isBlank() ? Names.index(name, indexColumns)
                    : fold(index.getName(), false);
            // Hibernate keeps each key's "asc"/"desc" from @Index(columnList = "a, b DESC") beside it.
            List<Boolean> descending = index.getColumns().stream()
                    .map(column -> "desc".equalsIgnoreCase(index.getColumnOrderMap().get(column))).toList();
            indexes.add(new Index(indexName, indexColumns, index.isUnique(), null, descending));
        }
        return new Table(name, columns, primaryKey, uniques, foreignKeys, checks, indexes, source.getComment());
    }

    /**
     * One column as Hibernate's DDL writes it. A {@code columnDefinition} is written verbatim by
     * Hibernate, so its type, DEFAULT and NOT NULL are what the column is, whatever the Java type says.
     */
    private Column column(String table, org.hibernate.mapping.Table source, org.hibernate.mapping.Column column, Metadata metadata,
            List<String> warnings) {
        boolean nullable = column.isNullable() && !isKey(source, column);
        if (column.getSqlType() == null) {
            // On PostgreSQL by type code, as portable kinds; elsewhere Hibernate's own type name, as that database reads it.
            ColumnType type = product.equals(POSTGRESQL) ? HibernateTypes.portable(column.getSqlTypeCode(metadata), column.getSqlType(metadata))
                    : dialect.typeOf(column.getSqlType(metadata));
            return new Column(name(column), type, nullable, column.getDefaultValue(), column.getComment(), column.isIdentity());
        }
        ColumnDefinition definition = ColumnDefinition.parse(column.getSqlType());
        if (definition.unmapped() != null) {
            warnings.add("Table " + table + ": column " + name(column) + "'s columnDefinition ends in \"" + definition.unmapped()
                    + "\", which Retort does not map; declare it with @Check, @Column(unique = true) or a revision of your own");
        }
        return new Column(name(column), dialect.typeOf(definition.type()), nullable && !definition.notNull(),
                definition.serverDefault() != null ? definition.serverDefault() : column.getDefaultValue(), column.getComment(),
                column.isIdentity());
    }

    /** Columns in the order Hibernate's own DDL lists them (its column ordering strategy). */
    private static Collection<org.hibernate.mapping.Column> columnsInDdlOrder(org.hibernate.mapping.Table table, Metadata metadata) {
        if (metadata instanceof org.hibernate.boot.spi.MetadataImplementor implementor) {
            List<org.hibernate.mapping.Column> ordered = implementor.getMetadataBuildingOptions().getColumnOrderingStrategy()
                    .orderTableColumns(table, metadata);
            if (ordered != null) {
                return ordered;
            }
        }
        return table.getColumns();
    }

    /** A key's columns in the order Hibernate's DDL lists them (the column ordering strategy sorts a primary key's). */
    private static List<org.hibernate.mapping.Column> constraintColumnsInDdlOrder(org.hibernate.mapping.Constraint constraint,
            Metadata metadata) {
        if (metadata instanceof org.hibernate.boot.spi.MetadataImplementor implementor) {
            List<org.hibernate.mapping.Column> ordered = implementor.getMetadataBuildingOptions().getColumnOrderingStrategy()
                    .orderConstraintColumns(constraint, metadata);
            if (ordered != null) {
                return ordered;
            }
        }
        return constraint.getColumns();
    }

    private static boolean isKey(org.hibernate.mapping.Table table, org.hibernate.mapping.Column column) {
        return table.getPrimaryKey() != null && table.getPrimaryKey().containsColumn(column);
    }

    private List<String> names(List<org.hibernate.mapping.Column> columns) {
        return columns.stream().map(this::name).toList();
    }

    private String name(org.hibernate.mapping.Column column) {
        return fold(column.getName(), column.isQuoted());
    }

    private String fold(String name, boolean quoted) {
        return quoted || !product.equals(POSTGRESQL) ? name : name.toLowerCase(java.util.Locale.ROOT);
    }

    private static ReferentialAction action(OnDeleteAction action) {
        if (action == null) {
            return ReferentialAction.NO_ACTION;
        }
        switch (action) {
            case CASCADE:
                return ReferentialAction.CASCADE;
            case SET_NULL:
                return ReferentialAction.SET_NULL;
            case SET_DEFAULT:
                return ReferentialAction.SET_DEFAULT;
            case RESTRICT:
                return ReferentialAction.RESTRICT;
            default:
                return ReferentialAction.NO_ACTION;
        }
    }
}
