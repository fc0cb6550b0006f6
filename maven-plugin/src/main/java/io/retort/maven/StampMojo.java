package io.retort.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Sets the database's version rows to a target without running any revision. */
@Execute(phase = LifecyclePhase.COMPILE)
@Mojo(name = "stamp", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class StampMojo extends AbstractRetortMojo {

    @Parameter(property = "retort.target", defaultValue = "head")
    String target;

    /** Discard the current rows unread, even ones naming revisions this code does not know. */
    @Parameter(property = "retort.purge", defaultValue = "false")
    boolean purge;

    @Override
    void run(RetortCommands commands) throws Exception {
        commands.stamp(target, purge);
    }
}
