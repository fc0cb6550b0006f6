package io.retort.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Writes a new revision: empty, or generated from the entities (-Dretort.autogenerate). */
@Execute(phase = LifecyclePhase.COMPILE)
@Mojo(name = "revision", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class RevisionMojo extends AbstractRetortMojo {

    @Parameter(property = "retort.message", required = true)
    String message;

    /** Generate the operations from the entities. */
    @Parameter(property = "retort.autogenerate", defaultValue = "false")
    boolean autogenerate;

    /** With autogenerate: compare with the schema the revisions imply instead of the database. */
    @Parameter(property = "retort.offline", defaultValue = "false")
    boolean offline;

    /** The parent: a target such as an id or label@head; by default the single head. */
    @Parameter(property = "retort.head")
    String head;

    @Parameter(property = "retort.branch-label")
    java.util.List<String> branchLabels;

    @Parameter(property = "retort.depends-on")
    java.util.List<String> dependsOn;

    /** The package of the new file; by default the package of the existing revisions. */
    @Parameter(property = "retort.package")
    String packageName;

    @Override
    void run(RetortCommands commands) throws Exception {
        commands.revision(message, autogenerate, offline, head, branchLabels == null ? java.util.List.of() : branchLabels,
                dependsOn == null ? java.util.List.of() : dependsOn, packageName);
    }
}
