package io.retort.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Upgrades the database to a target, or prints the SQL (-Dretort.sql). */
@Execute(phase = LifecyclePhase.COMPILE)
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class UpgradeMojo extends AbstractRetortMojo {

    /** head, heads, +1, an id or prefix, label@head, ... */
    @Parameter(property = "retort.target", defaultValue = "head")
    String target;

    /** Print the SQL from base to the target instead of running it. */
    @Parameter(property = "retort.sql", defaultValue = "false")
    boolean sql;

    /** With retort.sql: write the script to this file instead of the console. */
    @Parameter(property = "retort.sql-file")
    java.io.File sqlFile;

    @Override
    void run(RetortCommands commands) throws Exception {
        commands.upgrade(target, sql, sqlFile == null ? null : sqlFile.toPath());
    }
}
