package io.retort.deployment;

import io.quarkus.arc.deployment.ValidationPhaseBuildItem.ValidationErrorBuildItem;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.retort.app.LintSettings;
import io.retort.app.RetortApplication;
import io.retort.engine.LoadedRevision;
import io.retort.engine.RevisionChain;
import io.retort.engine.RevisionDefinitionException;
import io.retort.lint.LintFailedException;
import io.retort.lint.LintReport;
import io.retort.lint.Linter;
import io.retort.schema.Schema;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Runs the lock rules (docs/safety.md) over every datasource's revisions not yet deployed everywhere:
 * each standing finding is a build warning, or, with {@code quarkus.retort.lint.fail=true}, fails the
 * build. The entity model (the default datasource's persistence unit) lets drops of mapped columns
 * be seen.
 */
class RetortLintProcessor {

    private static final Logger LOG = Logger.getLogger("io.retort.lint");

    @BuildStep
    void lint(RetortApplicationBuildItem app, Optional<RetortEntityModelBuildItem> entityModel,
            BuildProducer<ValidationErrorBuildItem> errors) {
        RetortApplication application = app.application();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (String datasource : application.datasources()) {
            List<LoadedRevision> revisions = application.loadRevisions(datasource, loader);
            if (revisions.isEmpty()) {
                continue;
            }
            RevisionChain chain = RevisionChain.of(revisions, app.database(datasource).dialect(application.settings(datasource)));
            LintSettings settings = application.settings().lint(datasource);
            Optional<Schema> entities = application.settings(datasource).isDefault() ? entityModel.map(RetortEntityModelBuildItem::schema)
                    : Optional.empty();
            LintReport report;
            try {
                report = Linter.lint(chain, settings.revisionsToLint(chain), entities);
            } catch (RevisionDefinitionException e) {
                // A revision that cannot be recorded here fails at start with its own error (see BuildTimeRendering).
                LOG.warnf("Retort lint: the revisions of %s are not linted: %s", application.settings(datasource).describe(), e.getMessage());
                continue;
            }
            if (!report.clean() && settings.fail()) {
                errors.produce(new ValidationErrorBuildItem(new LintFailedException(application.settings(datasource).property("lint.fail"),
                        report.standing())));
                continue;
            }
            report.standing().forEach(finding -> LOG.warn(finding.describe()));
            report.allowed().forEach(finding -> LOG.debug(finding.describe()));
            report.notAnalyzed().forEach(raw -> LOG.debug(raw.describe()));
        }
    }
}
