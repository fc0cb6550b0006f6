package io.retort.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Records the current checksum of every applied revision edited since it was applied, after a
 * deliberate edit (a comment, a reformatted statement): the next start accepts the revisions as
 * they are now. Nothing runs and no version row changes; a {@code repair} history row is written
 * per revision.
 */
@Execute(phase = LifecyclePhase.COMPILE)
@Mojo(name = "repair", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class RepairMojo extends AbstractRetortMojo {

    @Override
    void run(RetortCommands commands) throws Exception {
        commands.repair();
    }
}
