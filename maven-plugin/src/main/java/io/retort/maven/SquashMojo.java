package io.retort.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes one revision equivalent to a run of revisions, marked as replacing them: a new database
 * applies it alone, one partway through the run goes on through the replaced revisions.
 */
@Execute(phase = LifecyclePhase.COMPILE)
@Mojo(name = "squash", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class SquashMojo extends AbstractRetortMojo {

    /** The oldest revision to replace; by default the lowest the run down from {@code retort.to} reaches. */
    @Parameter(property = "retort.from")
    String from;

    /** The newest revision to replace; by default the single head. */
    @Parameter(property = "retort.to")
    String to;

    /** The new revision's message; by default "squash from..to (N revisions)". */
    @Parameter(property = "retort.message")
    String message;

    /** The package of the new file; by default the package of the existing revisions. */
    @Parameter(property = "retort.package")
    String packageName;

    @Override
    void run(RetortCommands commands) throws Exception {
        commands.squash(from, to, message, packageName);
    }
}
