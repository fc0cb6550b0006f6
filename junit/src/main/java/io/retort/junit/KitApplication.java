package io.retort.junit;

import io.retort.app.ApplicationIndex;
import io.retort.app.ApplicationIndex.Archive;
import io.retort.app.ApplicationProperties;
import io.retort.app.ApplicationSettings;
import io.retort.app.ExtensionCapabilities;
import io.retort.app.RetortApplication;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The application under test as core reads it, from the test class path: its application.properties
 * under a profile, its class directories and the dependency jars Quarkus would index, its Quarkus
 * extensions. The same reading the build and the goals make.
 */
final class KitApplication {

    private KitApplication() {
    }

    static RetortApplication read(String profile) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        ApplicationSettings settings = ApplicationSettings.read(ApplicationProperties.read(loader.getResource("application.properties"), profile));
        List<Archive> archives = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            archives.add(Files.isDirectory(path) ? Archive.own(path) : Archive.dependency(path, false));
        }
        return RetortApplication.read(settings, ApplicationIndex.of(archives), ExtensionCapabilities.of(loader));
    }
}
