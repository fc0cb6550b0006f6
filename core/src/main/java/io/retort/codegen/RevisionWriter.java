package io.retort.codegen;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.migration.Revision;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes a revision class from operations, as a person would write it: the {@link Revision}
 * annotation, {@code upgrade} and {@code downgrade} with one DSL call per operation, and static
 * imports of exactly the column types and options used. The output depends only on the spec (the
 * creation time appears in the class name alone), so it can be compared with reviewed golden files.
 *
 * <p>Running the class's {@code upgrade} and {@code downgrade} records the spec's operations, with two
 * rewritings that keep the schema and the SQL's effect: inside a created table, a primary key,
 * unique, check or index the table DSL cannot declare under its name (not the conventional one, or a
 * unique or partial index) follows as its own call; and dialect-only SQL for several dialects becomes
 * one {@code executeOn} per dialect. An operation the DSL cannot express fails with an
 * {@link IllegalArgumentException} naming it.
 */
public final class RevisionWriter {

    private static final String INDENT = "    ";

    /** The source of the revision class the spec describes. */
    public RevisionSource write(GeneratedRevisionSpec spec) {
        String className = RevisionNames.className(spec.createdAt(), spec.message());
        StaticImports imports = new StaticImports();
        OperationWriter operations = new OperationWriter(imports);

        TypeSpec.Builder type = TypeSpec.classBuilder(className)
                .addAnnotation(revision(spec))
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(Migration.class);
        addMethods(type, "upgrade", spec.upgrade(), operations);
        addMethods(type, "downgrade", spec.downgrade(), operations);
        JavaFile.Builder file = JavaFile.builder(spec.packageName(), type.build())
                .indent(INDENT)
                .skipJavaLangImports(true);
        imports.addTo(file);
        return new RevisionSource(spec.packageName(), className, className + ".java", file.build().toString());
    }

    // JavaPoet puts each member of a type annotation on its own line; a single "value" member is
    // written verbatim, which gives the one-line @Revision(id = ..., parent = ...) people write.
    private static AnnotationSpec revision(GeneratedRevisionSpec spec) {
        // Undo the annotation's own two-level indent so a long one wraps at the usual eight spaces.
        CodeBlock.Builder members = CodeBlock.builder().add("$<$<id = $S", spec.id());
        member(members, "parent", spec.parents());
        if (!spec.message().isEmpty()) {
            members.add(",$Wmessage = $S", spec.message());
        }
        member(members, "branchLabels", spec.branchLabels());
        member(members, "dependsOn", spec.dependsOn());
        if (!spec.transactional()) {
            members.add(",$Wtransactional = false");
        }
        if (!spec.replaces().isEmpty()) {
            // Thousands of ids: wrapped where the line is full, not one per line.
            members.add(",$Wreplaces = {$L}", CodeBlock.join(spec.replaces().stream().map(id -> CodeBlock.of("$S", id)).toList(), ",$W"));
        }
        members.add("$>$>");
        return AnnotationSpec.builder(Revision.class).addMember("value", "$L", members.build()).build();
    }

    private static void member(CodeBlock.Builder members, String name, List<String> values) {
        if (values.size() == 1) {
            members.add(",$W$L = $S", name, values.get(0));
        } else if (values.size() > 1) {
            members.add(",$W$L = {$L}", name, ValueWriter.strings(values));
        }
    }

    // javac reads unicode escapes even in comments: an escaped line break would end the comment.
    private static String commentSafe(String line) {
        return line.matches("(?s).*\\\\+u.*") ? line.replace("\\", "\\\\") : line;
    }

    /**
     * The method, and for a long one (a squash of thousands of revisions) its parts: a Java method's
     * bytecode is capped at 64 KiB, so past {@link #PER_METHOD} operations the method calls
     * {@code upgrade1(op)}, {@code upgrade2(op)}, ... in turn, each holding the next operations.
     */
    private static void addMethods(TypeSpec.Builder type, String name, List<WrittenOperation> written, OperationWriter operations) {
        if (written.size() <= PER_METHOD) {
            type.addMethod(method(name, written, operations, true));
            return;
        }
        MethodSpec.Builder caller = MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(void.class).addParameter(Ops.class, "op");
        List<MethodSpec> parts = new java.util.ArrayList<>();
        for (int from = 0, part = 1; from < written.size(); from += PER_METHOD, part++) {
            caller.addStatement("$L$L(op)", name, part);
            parts.add(method(name + part, written.subList(from, Math.min(written.size(), from + PER_METHOD)), operations, false));
        }
        type.addMethod(caller.build());
        parts.forEach(type::addMethod);
    }

    /** Operations per generated method, well under the bytecode cap whatever each one takes. */
    static final int PER_METHOD = 100;

    private static MethodSpec method(String name, List<WrittenOperation> written, OperationWriter operations, boolean override) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .returns(void.class)
                .addParameter(Ops.class, "op");
        if (override) {
            method.addAnnotation(Override.class).addModifiers(Modifier.PUBLIC);
        } else {
            method.addModifiers(Modifier.PRIVATE, Modifier.STATIC);
        }
        if (written.isEmpty()) {
            method.addComment("No changes");
        }
        boolean previousSpread = false;
        for (int i = 0; i < written.size(); i++) {
            WrittenOperation operation = written.get(i);
            List<CodeBlock> statements = operations.write(operation.operation());
            boolean spread = operation.comment() != null || statements.size() > 1
                    || statements.stream().anyMatch(s -> s.toString().contains("\n"));
            // A blank line sets apart what takes more than a line to read.
            if (i > 0 && (spread || previousSpread)) {
                method.addCode("\n");
            }
            if (operation.comment() != null) {
                for (String line : operation.comment().split("\\R", -1)) {
                    method.addComment("$L", commentSafe(line));
                }
            }
            statements.forEach(statement -> method.addStatement("$L", statement));
            previousSpread = spread;
        }
        return method.build();
    }
}
