package io.retort.codegen;

import io.retort.migration.Migration;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles a generated revision with javac in memory and instantiates it, as the build would. */
public final class InMemoryJava {

    private InMemoryJava() {
    }

    public static Migration instantiate(RevisionSource source) throws Exception {
        return (Migration) compile(source).getDeclaredConstructor().newInstance();
    }

    /** The compiled revision class (its annotation readable by {@code Revisions.fromClass}). */
    public static Class<?> compile(RevisionSource source) throws Exception {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> classes = new HashMap<>();
        String binaryName = source.packageName().isEmpty() ? source.className() : source.packageName() + "." + source.className();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + binaryName.replace('.', '/') + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source.source();
            }
        };
        try (StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, null, null)) {
            ForwardingJavaFileManager<StandardJavaFileManager> memory = new ForwardingJavaFileManager<>(standard) {
                @Override
                public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                        FileObject sibling) {
                    return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                        @Override
                        public OutputStream openOutputStream() {
                            return classes.computeIfAbsent(className, n -> new ByteArrayOutputStream());
                        }
                    };
                }
            };
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-Xlint:all,-path,-processing", "-Werror",
                    "-proc:none");
            boolean ok = compiler.getTask(null, memory, diagnostics, options, null, List.of(file)).call();
            if (!ok || !diagnostics.getDiagnostics().isEmpty()) {
                throw new AssertionError("Generated source does not compile cleanly: " + diagnostics.getDiagnostics()
                        + "\n" + source.source());
            }
        }
        ClassLoader loader = new ClassLoader(InMemoryJava.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                ByteArrayOutputStream bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] code = bytes.toByteArray();
                return defineClass(name, code, 0, code.length);
            }
        };
        return loader.loadClass(binaryName);
    }
}
