package io.retort.lint;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * What the linter found over a set of revisions: findings that stand, findings a revision allows
 * (with its reason) and raw SQL it could not analyze. As text for logs, as JSON for CI.
 */
public record LintReport(String database, int revisions, List<Finding> findings, List<NotAnalyzed> notAnalyzed) {

    public LintReport {
        findings = List.copyOf(findings);
        notAnalyzed = List.copyOf(notAnalyzed);
    }

    /** The findings no {@code @Allow} accepts. */
    public List<Finding> standing() {
        return findings.stream().filter(f -> !f.allowed()).toList();
    }

    public List<Finding> allowed() {
        return findings.stream().filter(Finding::allowed).toList();
    }

    public boolean clean() {
        return standing().isEmpty();
    }

    /** The summary line that ends every text report. */
    public String summary() {
        return "Retort lint: " + revisions + " revision" + (revisions == 1 ? "" : "s") + " on " + database + ", " + standing().size()
                + " finding" + (standing().size() == 1 ? "" : "s") + ", " + allowed().size() + " allowed, " + notAnalyzed.size()
                + " raw SQL statement" + (notAnalyzed.size() == 1 ? "" : "s") + " not analyzed";
    }

    /** Every line of the report, findings first. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        standing().forEach(f -> lines.add(f.describe()));
        allowed().forEach(f -> lines.add(f.describe()));
        notAnalyzed.forEach(n -> lines.add(n.describe()));
        lines.add(summary());
        return lines;
    }

    public JsonObject toJson() {
        JsonArray items = new JsonArray();
        for (Finding finding : findings) {
            items.add(new JsonObject().put("revision", finding.revision()).put("message", finding.message())
                    .put("rule", finding.rule().id()).put("title", finding.rule().title()).put("operation", finding.operation())
                    .put("detail", finding.detail()).put("lock", finding.rule().lock().sql()).put("blocks", finding.rule().lock().blocks())
                    .put("tableWork", finding.rule().work().name().toLowerCase()).put("safe", finding.rule().safeAlternative())
                    .put("docs", finding.rule().docs()).put("allowed", finding.allowed()).put("reason", finding.allowedBecause()));
        }
        JsonArray raw = new JsonArray();
        notAnalyzed.forEach(n -> raw.add(new JsonObject().put("revision", n.revision()).put("operation", n.operation())));
        return new JsonObject().put("database", database).put("revisions", revisions).put("findings", items)
                .put("notAnalyzed", raw).put("standing", standing().size());
    }
}
