package io.retort.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Fails the build when the entities describe changes no revision covers; needs no database. */
@Execute(phase = LifecyclePhase.COMPILE)
@Mojo(name = "check", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class CheckMojo extends AbstractRetortMojo {

    @Override
    void run(RetortCommands commands) throws Exception {
        commands.check();
    }
}
