package io.retort.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: the application's compiled classes and dependencies, its configuration
 * (under the chosen Quarkus profile), and errors reported as build failures that say what to do.
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
        List<Path> classpath = new ArrayList<>();
        try {
            for (String element : project.getRuntimeClasspathElements()) {
                classpath.add(Path.of(element));
            }
        } catch (Exception e) {
            throw new MojoExecutionException("Cannot read the project's classpath: " + e.getMessage(), e);
        }
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        try (ProjectSession session = new ProjectSession(project.getBasedir().toPath(), classes, classpath, profile, datasource)) {
            run(new RetortCommands(session, getLog()::info));
        } catch (MojoFailureException | MojoExecutionException e) {
            throw e;
        } catch (Exception e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    abstract void run(RetortCommands commands) throws Exception;
}
