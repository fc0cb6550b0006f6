package io.retort.lint;

import io.retort.engine.RetortException;
import java.util.List;

/** Findings stand and the settings say they fail the build; the message lists them. */
public final class LintFailedException extends RetortException {

    private final List<Finding> findings;

    public LintFailedException(String setting, List<Finding> findings) {
        super(findings.size() + " lint finding" + (findings.size() == 1 ? "" : "s") + " stand" + (findings.size() == 1 ? "s" : "")
                + " and " + setting + "=true:\n  " + String.join("\n  ", findings.stream().map(Finding::describe).toList()));
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }

    /** The first rule that fired, for the command that moves on. */
    public String firstRule() {
        return findings.get(0).rule().id();
    }
}
