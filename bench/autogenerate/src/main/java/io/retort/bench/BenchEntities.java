package io.retort.bench;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
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

/**
 * N deterministic JPA entities (eight fields of varied types, a {@code @ManyToOne} to the previous
 * entity, a unique column, a named {@code @Index}), written as source and compiled in memory in one
 * javac task: real annotated classes, as Hibernate reads them in an application, with no files.
 */
final class BenchEntities {

    private static final String PACKAGE = "io.retort.bench.model";

    private BenchEntities() {
    }

    /** The compiled entity classes, in order, loaded by a fresh class loader. */
    static List<Class<?>> compile(int count) throws ClassNotFoundException {
        List<JavaFileObject> sources = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String name = className(i);
            String text = source(i);
            sources.add(new SimpleJavaFileObject(URI.create("string:///" + PACKAGE.replace('.', '/') + "/" + name + ".java"),
                    JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return text;
                }
            });
        }
        Map<String, byte[]> classes = javac(sources);
        ClassLoader loader = new ClassLoader(BenchEntities.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] code = classes.get(name);
                if (code == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, code, 0, code.length);
            }
        };
        List<Class<?>> entities = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            entities.add(loader.loadClass(PACKAGE + "." + className(i)));
        }
        return entities;
    }

    static String className(int i) {
        return String.format("Entity%04d", i);
    }

    static String tableName(int i) {
        return String.format("entity_%04d", i);
    }

    private static String source(int i) {
        String table = tableName(i);
        StringBuilder java = new StringBuilder("package " + PACKAGE + ";\n\nimport jakarta.persistence.*;\n\n")
                .append("@Entity\n@Table(name = \"").append(table).append("\", indexes = @Index(name = \"ix_").append(table)
                .append("_created_at\", columnList = \"created_at, active\"))\n")
                .append("public class ").append(className(i)).append(" {\n")
                .append("    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;\n")
                .append("    @Column(nullable = false, length = 40, unique = true) public String code;\n")
                .append("    @Column(columnDefinition = \"text\") public String title;\n")
                .append("    @Column(nullable = false, precision = 12, scale = 2) public java.math.BigDecimal amount;\n")
                .append("    public boolean active;\n")
                .append("    @Column(name = \"created_at\", nullable = false) public java.time.OffsetDateTime createdAt;\n");
        // Two fields vary with the entity, so the model is not a thousand copies of one table.
        java.append(switch (i % 4) {
            case 0 -> "    public java.util.UUID ref;\n    public int quantity;\n";
            case 1 -> "    @Column(name = \"due_on\") public java.time.LocalDate dueOn;\n    public double weight;\n";
            case 2 -> "    public byte[] thumbnail;\n    public Short rank;\n";
            default -> "    @Column(length = 200) public String label;\n    public java.time.LocalDateTime seen;\n";
        });
        if (i > 1) {
            java.append("    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = \"parent_id\") public ")
                    .append(className(i - 1)).append(" parent;\n");
        }
        return java.append("}\n").toString();
    }

    private static Map<String, byte[]> javac(List<JavaFileObject> sources) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> output = new HashMap<>();
        try (StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, null, null)) {
            ForwardingJavaFileManager<StandardJavaFileManager> memory = new ForwardingJavaFileManager<>(standard) {
                @Override
                public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                        FileObject sibling) {
                    return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                        @Override
                        public OutputStream openOutputStream() {
                            return output.computeIfAbsent(className, n -> new ByteArrayOutputStream());
                        }
                    };
                }
            };
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-proc:none", "-g:none");
            if (!compiler.getTask(null, memory, diagnostics, options, null, sources).call()) {
                throw new IllegalStateException("generated entities do not compile: " + diagnostics.getDiagnostics());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, byte[]> classes = new HashMap<>();
        output.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
        return classes;
    }
}
