package io.retort.maven;

import io.retort.maven.ProjectSession.Dependency;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: the application as core reads it (its compiled classes and dependencies,
 * its configuration under the chosen Quarkus profile), output through Maven's log, and errors
 * reported as build failures that say what to do. Each goal runs the compile phase first
 * ({@code @Execute}), so it always sees the project's current classes.
 */
abstract class AbstractRetortMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** The Quarkus configuration profile whose settings locate the database. */
    @Parameter(property = "retort.profile", defaultValue = "dev")
    String profile;

    /** A named datasource ({@code quarkus.datasource."name".*}); the default one when unset. */
    @Parameter(property = "retort.datasource")
    String datasource;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        List<Dependency> dependencies = new ArrayList<>();
        for (Artifact artifact : project.getArtifacts()) {
            if (artifact.getFile() != null && artifact.getArtifactHandler().isAddedToClasspath()
                    && !Artifact.SCOPE_TEST.equals(artifact.getScope()) && !Artifact.SCOPE_PROVIDED.equals(artifact.getScope())) {
                dependencies.add(new Dependency(artifact.getGroupId(), artifact.getArtifactId(), artifact.getFile().toPath()));
            }
        }
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        try (MavenLogBridge bridge = new MavenLogBridge(getLog())) {
            for (String each : profiles()) {
                try (ProjectSession session = new ProjectSession(project.getBasedir().toPath(), classes, dependencies, each, datasource)) {
                    session.requireReadable();
                    currentProfile = each;
                    run(new RetortCommands(session, getLog()::info, getLog()::warn));
                }
            }
            finish();
        } catch (MojoFailureException | MojoExecutionException e) {
            throw e;
        } catch (Exception e) {
            String goal = getClass().getSimpleName().replace("Mojo", "").toLowerCase(java.util.Locale.ROOT);
            throw new MojoFailureException(e.getMessage() + NextCommand.after(e, goal).map(next -> "\nNext: " + next).orElse(""), e);
        }
    }

    /** The profile of the session {@link #run} is called with. */
    String currentProfile;

    /** The profiles the goal runs for, one session each: the chosen one, unless a goal looks at several databases. */
    List<String> profiles() {
        return List.of(profile);
    }

    /** After the goal ran for every profile. */
    void finish() throws Exception {
    }

    abstract void run(RetortCommands commands) throws Exception;
}
