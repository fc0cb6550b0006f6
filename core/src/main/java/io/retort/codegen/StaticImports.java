package io.retort.codegen;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.JavaFile;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The statically imported DSL members a revision uses ({@code string}, {@code notNull},
 * {@code CASCADE}, ...). Code refers to them as {@code $T.member}; JavaPoet drops the qualifier for
 * the members added here, so exactly the used ones are imported, each by name.
 */
final class StaticImports {

    private final Map<ClassName, SortedSet<String>> used = new TreeMap<>();

    /** {@code member(args)}, e.g. {@code string(255)}. */
    CodeBlock call(Class<?> owner, String member, List<CodeBlock> args) {
        return CodeBlock.of("$T." + member + "($L)", record(owner, member), CodeBlock.join(args, ", "));
    }

    CodeBlock call(Class<?> owner, String member) {
        return call(owner, member, List.of());
    }

    /** A static field or enum constant, e.g. {@code CASCADE}. */
    CodeBlock constant(Class<?> owner, String member) {
        return CodeBlock.of("$T." + member, record(owner, member));
    }

    private ClassName record(Class<?> owner, String member) {
        ClassName name = ClassName.get(owner);
        used.computeIfAbsent(name, n -> new TreeSet<>()).add(member);
        return name;
    }

    void addTo(JavaFile.Builder file) {
        used.forEach((owner, members) -> file.addStaticImport(owner, members.toArray(String[]::new)));
    }
}
