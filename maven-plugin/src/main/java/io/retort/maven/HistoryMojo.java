package io.retort.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Prints the revisions newest first, the current one marked, with applied time and duration. */
@Execute(phase = LifecyclePhase.COMPILE)
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class HistoryMojo extends AbstractRetortMojo {

    @Override
    void run(RetortCommands commands) throws Exception {
        commands.history();
    }
}
