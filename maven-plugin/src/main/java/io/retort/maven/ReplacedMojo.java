package io.retort.maven;

import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Says whether the revisions a squash replaces can be deleted: the database of each profile given is
 * asked where it stands; they can go once none is partway through them. Fails, naming the database,
 * while one is.
 */
@Execute(phase = LifecyclePhase.COMPILE)
@Mojo(name = "replaced", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ReplacedMojo extends AbstractRetortMojo {

    /** The Quarkus profiles whose databases to ask, comma separated (every database the project knows); by default retort.profile. */
    @Parameter(property = "retort.profiles")
    String profiles;

    private boolean deletable = true;

    @Override
    List<String> profiles() {
        if (profiles == null || profiles.isBlank()) {
            return List.of(profile);
        }
        return Arrays.stream(profiles.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    @Override
    void run(RetortCommands commands) {
        deletable &= commands.replaced(currentProfile);
    }

    @Override
    void finish() {
        if (!deletable) {
            throw new IllegalStateException("Keep the replaced revisions: a database above is partway through them. Upgrade it"
                    + " (retort:upgrade, or deploy and start the application), then run retort:replaced again.");
        }
        getLog().info("Every database asked (profiles " + String.join(", ", profiles()) + ") is past or not yet at the replaced"
                + " revisions: they can be deleted (keep the squash, its replaces list stands for them).");
    }
}
