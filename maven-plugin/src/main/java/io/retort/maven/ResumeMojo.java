package io.retort.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * After a revision stopped part way on MariaDB (whose DDL commits as it runs) with one statement in
 * doubt: records whether that statement took effect ({@code -Dretort.ran=true}) or not
 * ({@code -Dretort.ran=false}), so the next upgrade goes on after it or runs it. Nothing else runs.
 */
@Execute(phase = LifecyclePhase.COMPILE)
@Mojo(name = "resume", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ResumeMojo extends AbstractRetortMojo {

    /** Whether the statement in doubt took effect: true or false, said after looking at the database. */
    @Parameter(property = "retort.ran")
    String ran;

    @Override
    void run(RetortCommands commands) throws Exception {
        if (!"true".equals(ran) && !"false".equals(ran)) {
            throw new MojoFailureException("retort:resume needs -Dretort.ran=true (the statement in doubt took effect) or"
                    + " -Dretort.ran=false (it did not); look at the database first" + (ran == null ? "" : ", not '" + ran + "'"));
        }
        commands.resume(Boolean.parseBoolean(ran));
    }
}
