package io.retort.bench.sidebyside;

import io.retort.bench.BenchRevisions;
import io.retort.codegen.GeneratedRevisionSpec;
import io.retort.codegen.RevisionNames;
import io.retort.codegen.RevisionWriter;
import io.retort.codegen.SquashedRevisions;
import io.retort.codegen.WrittenOperation;
import io.retort.dialect.mariadb.MariaDbDialect;
import io.retort.dialect.postgres.PostgresDialect;
import io.retort.engine.LoadedRevision;
import io.retort.engine.RenderedStep;
import io.retort.engine.Retort;
import io.retort.engine.RetortOptions;
import io.retort.revision.Direction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Writes the benchmark's revisions in every form the contenders read: Retort revision classes,
 * Flyway SQL files, a Liquibase XML changelog, and three psql scripts (everything in one transaction;
 * one transaction per revision; Retort's offline script, which also writes the version and history
 * rows). The SQL of the last four is what Retort renders for its classes on
 * PostgreSQL, so every tool runs the same DDL; the same again as Retort renders it for MariaDB
 * (Flyway files and a one-session mysql script). Deterministic: the same count gives the same files.
 *
 * <p>Usage: {@code GenerateMigrations <revisions> <output directory>}.
 */
public final class GenerateMigrations {

    static final String PACKAGE = "bench.revisions";
    private static final Instant FIRST = Instant.parse("2026-01-01T00:00:00Z");

    private GenerateMigrations() {
    }

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        write(count, out);
        System.out.println("Wrote " + count + " revisions as Retort classes, Flyway files, a Liquibase changelog and psql scripts under " + out);
    }

    static void write(int count, Path out) throws IOException {
        deleteTree(out);
        List<LoadedRevision> revisions = BenchRevisions.generate(count);
        Retort retort = Retort.of(revisions, new PostgresDialect(), null, RetortOptions.defaults());
        List<RenderedStep> steps = retort.render(retort.graph().upgradePlan(Set.of(), "heads"));

        RevisionWriter writer = new RevisionWriter();
        Path retortSources = out.resolve("retort");
        Path flyway = Files.createDirectories(out.resolve("flyway/db/migration"));
        StringBuilder changelog = new StringBuilder(LiquibaseXml.HEADER);
        StringBuilder oneTransaction = new StringBuilder("BEGIN;\n");
        StringBuilder perFile = new StringBuilder();
        int number = 0;
        for (RenderedStep step : steps) {
            number++;
            LoadedRevision revision = step.revision();
            writer.write(spec(retort, revision, number)).writeTo(retortSources);

            String sql = script(step.statements());
            String slug = RevisionNames.slug(revision.node().message());
            Files.writeString(flyway.resolve("V" + number + "__" + slug + ".sql"), sql);
            changelog.append(LiquibaseXml.changeSet(revision.id(), step.statements()));
            oneTransaction.append(sql);
            perFile.append("BEGIN;\n").append(sql).append("COMMIT;\n");
        }
        oneTransaction.append("COMMIT;\n");
        changelog.append(LiquibaseXml.FOOTER);

        Files.writeString(Files.createDirectories(out.resolve("liquibase/db")).resolve("changeLog.xml"), changelog);
        Path psql = Files.createDirectories(out.resolve("psql"));
        Files.writeString(psql.resolve("one-transaction.sql"), oneTransaction);
        Files.writeString(psql.resolve("transaction-per-file.sql"), perFile);
        // Retort's own offline script: a transaction per revision with its version row and history row.
        Files.writeString(psql.resolve("retort-offline-script.sql"), retort.upgradeSql(Set.of(), "heads"));
        // The same history squashed as retort:squash writes it, the replaced revisions deleted.
        writer.write(SquashedRevisions.spec(retort.chain(), null, null, PACKAGE, "squash of " + count + " revisions", FIRST))
                .writeTo(out.resolve("retort-squashed"));
        writeMariaDb(revisions, out);
    }

    /**
     * The same revisions as MariaDB runs them (Retort's MariaDB rendering): Flyway SQL files, and the
     * floor, every statement in one mysql session (MariaDB commits DDL as it goes, so there is no
     * transaction to group them in).
     */
    private static void writeMariaDb(List<LoadedRevision> revisions, Path out) throws IOException {
        Retort retort = Retort.of(revisions, new MariaDbDialect(), null, RetortOptions.defaults());
        Path flyway = Files.createDirectories(out.resolve("flyway-mariadb/db/migration"));
        StringBuilder all = new StringBuilder();
        int number = 0;
        for (RenderedStep step : retort.render(retort.graph().upgradePlan(Set.of(), "heads"))) {
            number++;
            String sql = script(step.statements());
            Files.writeString(flyway.resolve("V" + number + "__" + RevisionNames.slug(step.revision().node().message()) + ".sql"), sql);
            all.append(sql);
        }
        Files.writeString(Files.createDirectories(out.resolve("mariadb")).resolve("one-session.sql"), all);
    }

    private static GeneratedRevisionSpec spec(Retort retort, LoadedRevision revision, int number) {
        List<WrittenOperation> up = retort.chain().operations(revision.id(), Direction.UPGRADE).stream()
                .map(WrittenOperation::of).toList();
        List<WrittenOperation> down = retort.chain().operations(revision.id(), Direction.DOWNGRADE).stream()
                .map(WrittenOperation::of).toList();
        // One minute apart: the class names sort in revision order.
        Instant createdAt = FIRST.plusSeconds(60L * number);
        return new GeneratedRevisionSpec(PACKAGE, revision.id(), revision.node().parents(), revision.node().message(),
                List.of(), List.of(), up, down, createdAt);
    }

    private static String script(List<String> statements) {
        StringBuilder sql = new StringBuilder();
        statements.forEach(statement -> sql.append(statement).append(";\n"));
        return sql.toString();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
