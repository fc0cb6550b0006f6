package io.retort.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Writes a revision merging the current heads. */
@Execute(phase = LifecyclePhase.COMPILE)
@Mojo(name = "merge", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class MergeMojo extends AbstractRetortMojo {

    @Parameter(property = "retort.message", defaultValue = "merge heads")
    String message;

    /** The package of the new file; by default the package of the existing revisions. */
    @Parameter(property = "retort.package")
    String packageName;

    @Override
    void run(RetortCommands commands) throws Exception {
        commands.merge(message, packageName);
    }
}
