package io.retort.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A generated revision class: its package, simple class name, file name ({@code <className>.java},
 * to be placed in the package's directory) and the Java source.
 */
public record RevisionSource(String packageName, String className, String fileName, String source) {

    /**
     * Writes the file under a source root ({@code src/main/java}) in its package's directory, creating
     * the directories; refuses to overwrite an existing file.
     */
    public Path writeTo(Path sourceRoot) throws IOException {
        Path directory = packageName.isEmpty() ? sourceRoot : sourceRoot.resolve(packageName.replace('.', '/'));
        Files.createDirectories(directory);
        Path file = directory.resolve(fileName);
        if (Files.exists(file)) {
            throw new IOException("Not overwriting " + file + ": a revision with that name already exists");
        }
        return Files.writeString(file, source);
    }
}
