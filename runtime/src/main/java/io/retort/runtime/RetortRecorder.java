package io.retort.runtime;

import io.quarkus.arc.Arc;
import io.quarkus.arc.SyntheticCreationalContext;
import io.quarkus.datasource.common.runtime.DataSourceUtil;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.quarkus.runtime.RuntimeValue;
import io.quarkus.runtime.ShutdownContext;
import io.quarkus.runtime.annotations.Recorder;
import io.retort.dialect.Dialects;
import io.retort.dialect.Dialect;
import io.retort.engine.BuiltChain;
import io.retort.engine.ChainAtHead;
import io.retort.engine.Retort;
import io.retort.engine.RevisionChain;
import io.retort.migration.Migration;
import io.retort.runtime.RetortRuntimeConfig.DataSourceRuntimeConfig;
import io.retort.schema.SchemaSnapshots;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import java.lang.annotation.Annotation;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Carries what the build found into run time: the revisions (created with {@code new}, no
 * reflection), the {@link Retort} beans, the embedded SQLite pool, and the upgrade at start.
 */
@Recorder
public class RetortRecorder {

    private final RuntimeValue<RetortRuntimeConfig> config;

    public RetortRecorder(RuntimeValue<RetortRuntimeConfig> config) {
        this.config = config;
    }

    /** The entity model the build read, recorded in chunks (bytecode constants are limited), decoded once. */
    public Supplier<RetortEntityModel> entityModel(List<String> encodedChunks) {
        String encoded = String.join("", encodedChunks);
        return () -> new RetortEntityModel(SchemaSnapshots.decode(encoded));
    }

    /**
     * Creates the {@link Retort} bean of a datasource over its pool. Its chain (the revisions with the
     * checksums and upgrade SQL the build rendered) is read from {@code resource} only when a command
     * needs it; {@code heads} and {@code digest} (null when the build could not render) let a start at
     * head do without it.
     */
    public Function<SyntheticCreationalContext<Retort>, Retort> retort(String datasource, String resource,
            RuntimeValue<Supplier<Function<Object, Object>>> factories, List<String> heads, String digest, String database,
            boolean embeddedIsDefaultPool) {
        return context -> {
            boolean embedded = Dialects.require(database).embedded();
            Pool pool = !embedded
                    ? context.getInjectedReference(Pool.class, reactiveQualifier(datasource))
                    : context.getInjectedReference(Pool.class, embeddedIsDefaultPool ? new Annotation[0] : embeddedQualifier(datasource));
            Supplier<Function<Object, Object>> factory = factories.getValue();
            ChainAtHead atHead = digest == null ? null : new ChainAtHead(new LinkedHashSet<>(heads), digest);
            return RetortFactory.create(datasource, dialect -> readChain(resource, dialect, factory.get()), atHead, database, pool,
                    settings(datasource).onValidationError());
        };
    }

    private static RevisionChain readChain(String resource, Dialect dialect, Function<Object, Object> factory) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        InputStream input = loader == null ? null : loader.getResourceAsStream(resource);
        if (input == null) {
            input = RetortRecorder.class.getClassLoader().getResourceAsStream(resource);
        }
        if (input == null) {
            throw new IllegalStateException("Retort's recorded revisions (" + resource + ") are missing from the application; rebuild it");
        }
        return BuiltChain.read(input).chain(dialect, id -> (Migration) factory.apply(id));
    }

    /** Creates the pool of a datasource's embedded database (the SQLite file), closed at shutdown. */
    public Function<SyntheticCreationalContext<Pool>, Pool> embeddedPool(String datasource, String database, ShutdownContext shutdown) {
        return context -> {
            Vertx vertx = Vertx.newInstance(context.getInjectedReference(io.vertx.core.Vertx.class));
            Pool pool = Dialects.require(database).openPool(vertx, RetortFactory.settings(datasource), datasource);
            shutdown.addShutdownTask(pool::close);
            return pool;
        };
    }

    /** What the Dev UI needs to know of the application beyond the beans. */
    public Supplier<RetortApplicationInfo> applicationInfo(Map<String, String> databases, Map<String, String> revisionPackages) {
        return () -> new RetortApplicationInfo(databases, revisionPackages);
    }

    /** Upgrades (or checks) a datasource at start, blocking until done so nothing runs on an old schema. */
    public void migrateAtStart(String datasource) {
        Retort retort = Arc.container().select(Retort.class, retortQualifier(datasource)).get();
        new RetortStartup(datasource, retort, settings(datasource)).run();
    }

    /** Dev mode: one line when the entities have changes no revision covers (default datasource). */
    public void noticeDrift() {
        DriftNotice.logIfDrifted(Arc.container().select(RetortDrift.class).get());
    }

    private DataSourceRuntimeConfig settings(String datasource) {
        return config.getValue().datasources().get(datasource);
    }

    static Annotation[] retortQualifier(String datasource) {
        return DataSourceUtil.isDefault(datasource) ? new Annotation[0]
                : new Annotation[] { new RetortDataSource.Literal(datasource) };
    }

    /** The embedded pool is always qualified by its datasource unless it is the application's default Pool. */
    private static Annotation[] embeddedQualifier(String datasource) {
        return new Annotation[] { new RetortDataSource.Literal(datasource) };
    }

    private static Annotation[] reactiveQualifier(String datasource) {
        return DataSourceUtil.isDefault(datasource) ? new Annotation[0]
                : new Annotation[] { new ReactiveDataSource.ReactiveDataSourceLiteral(datasource) };
    }

}
