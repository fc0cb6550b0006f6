package io.retort.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Prints one revision: parents, labels, class and the SQL its upgrade runs. */
@Execute(phase = LifecyclePhase.COMPILE)
@Mojo(name = "show", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ShowMojo extends AbstractRetortMojo {

    /** The revision: an id, a unique prefix, a label, or any target such as head. */
    @Parameter(property = "retort.revision", defaultValue = "head")
    String revision;

    @Override
    void run(RetortCommands commands) throws Exception {
        commands.show(revision);
    }
}
