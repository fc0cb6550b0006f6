package io.retort.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Prints the heads of the revision graph. */
@Execute(phase = LifecyclePhase.COMPILE)
@Mojo(name = "heads", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class HeadsMojo extends AbstractRetortMojo {

    @Override
    void run(RetortCommands commands) throws Exception {
        commands.heads();
    }
}
