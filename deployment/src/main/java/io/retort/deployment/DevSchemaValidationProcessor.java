package io.retort.deployment;

import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.deployment.Capabilities;
import io.quarkus.deployment.Capability;
import io.quarkus.deployment.IsLocalDevelopment;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.RunTimeConfigBuilderBuildItem;
import io.retort.runtime.dev.DevDriftPage;
import io.retort.runtime.dev.DevSchemaValidation;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * {@code quarkus dev} with Hibernate's schema validation asked for: Retort's drift check takes its
 * place (see {@link DevSchemaValidation} for why), and the drift page is served where the
 * application serves HTTP. Nothing changes in tests or in production.
 */
public class DevSchemaValidationProcessor {

    private static final Logger LOG = Logger.getLogger("io.retort");

    @BuildStep(onlyIf = IsLocalDevelopment.class)
    void handOverValidation(Capabilities capabilities, BuildProducer<RunTimeConfigBuilderBuildItem> builders,
            BuildProducer<AdditionalBeanBuildItem> beans) {
        Config config = ConfigProvider.getConfig();
        String strategy = config.getOptionalValue(DevSchemaValidation.STRATEGY, String.class)
                .or(() -> config.getOptionalValue("quarkus.hibernate-orm.database.generation", String.class))
                .orElse("none").trim();
        if (!strategy.equals("validate")) {
            return;
        }
        builders.produce(new RunTimeConfigBuilderBuildItem(DevSchemaValidation.class));
        if (capabilities.isPresent(Capability.VERTX_HTTP)) {
            beans.produce(AdditionalBeanBuildItem.unremovableOf(DevDriftPage.class));
        }
        LOG.infof("Retort: in dev mode the schema is checked by Retort's drift check instead of Hibernate's validation (%s=validate):"
                + " a drift shows as a page naming the changes and the Generate revision action, with the Dev UI reachable."
                + " Tests and production validate as configured.", DevSchemaValidation.STRATEGY);
    }
}
