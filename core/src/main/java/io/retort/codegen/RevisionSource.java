package io.retort.codegen;

/**
 * A generated revision class: its package, simple class name, file name ({@code <className>.java},
 * to be placed in the package's directory) and the Java source.
 */
public record RevisionSource(String packageName, String className, String fileName, String source) {
}
