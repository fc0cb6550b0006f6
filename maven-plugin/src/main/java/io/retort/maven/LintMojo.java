package io.retort.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Runs the lock rules (docs/safety.md) over the revisions not yet deployed everywhere, as text in the
 * log and as JSON for CI; fails when a finding stands and {@code quarkus.retort.lint.fail=true}.
 * Needs no database.
 */
@Execute(phase = LifecyclePhase.COMPILE)
@Mojo(name = "lint", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class LintMojo extends AbstractRetortMojo {

    /** Where the JSON report goes. */
    @Parameter(property = "retort.lint.report", defaultValue = "${project.build.directory}/retort-lint.json")
    File report;

    @Override
    void run(RetortCommands commands) throws Exception {
        commands.lint(report.toPath());
    }
}
