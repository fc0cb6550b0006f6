package io.retort.runtime;

import io.retort.app.DataSourceSettings;
import io.retort.diff.DiffResult;
import io.retort.engine.Retort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * The entities' changes that no revision covers, against a datasource's live database: what the
 * dev-mode drift line, the Dev UI's Drift page and an application's own checks all ask. The entity
 * model is the default persistence unit's, read at build time, so only the default datasource has one.
 */
@Singleton
public class RetortDrift {

    @Inject
    @Any
    Instance<Retort> retorts;

    @Inject
    Instance<RetortEntityModel> model;

    /** Whether the datasource has an entity model to compare with. */
    public boolean hasModel(String datasource) {
        return model.isResolvable() && DataSourceSettings.isDefault(datasource);
    }

    /** The changes, or empty when the datasource has no entity model. */
    public Uni<Optional<DiffResult>> of(String datasource) {
        if (!hasModel(datasource)) {
            return Uni.createFrom().item(Optional.empty());
        }
        return retort(datasource).autogenerate(model.get().schema()).map(Optional::of);
    }

    /** The Retort bean of a datasource. */
    public Retort retort(String datasource) {
        return DataSourceSettings.isDefault(datasource) ? retorts.select(Default.Literal.INSTANCE).get()
                : retorts.select(new RetortDataSource.Literal(datasource)).get();
    }
}
