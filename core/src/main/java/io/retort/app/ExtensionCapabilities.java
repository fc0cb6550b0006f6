package io.retort.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * The Quarkus capabilities an application has, read from its extensions' descriptors
 * ({@code META-INF/quarkus-extension.properties}, {@code provides-capabilities}) the way the build
 * knows them, for the surfaces that run outside the build (the goals, the test kit).
 */
public final class ExtensionCapabilities {

    static final String DESCRIPTOR = "META-INF/quarkus-extension.properties";

    private ExtensionCapabilities() {
    }

    /** The capabilities of the extensions among {@code jars}. */
    public static Set<String> ofJars(List<Path> jars) {
        Set<String> capabilities = new TreeSet<>();
        for (Path path : jars) {
            if (!Files.isRegularFile(path) || !path.toString().endsWith(".jar")) {
                continue;
            }
            try (JarFile jar = new JarFile(path.toFile())) {
                ZipEntry entry = jar.getEntry(DESCRIPTOR);
                if (entry != null) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        capabilities.addAll(provided(in));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + path + ": " + e.getMessage(), e);
            }
        }
        return capabilities;
    }

    /** The capabilities of the extensions a class loader sees (the test class path). */
    public static Set<String> of(ClassLoader loader) {
        Set<String> capabilities = new TreeSet<>();
        try {
            for (URL url : Collections.list(loader.getResources(DESCRIPTOR))) {
                try (InputStream in = url.openStream()) {
                    capabilities.addAll(provided(in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Quarkus extension descriptors: " + e.getMessage(), e);
        }
        return capabilities;
    }

    private static List<String> provided(InputStream in) throws IOException {
        Properties descriptor = new Properties();
        descriptor.load(in);
        String provided = descriptor.getProperty("provides-capabilities", "");
        // A capability may carry a condition after '?' (provided only when a condition holds); the name is before it.
        return Arrays.stream(provided.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.contains("?") ? s.substring(0, s.indexOf('?')) : s).toList();
    }
}
