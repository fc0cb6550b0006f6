package io.retort.model.events;

public enum Severity {
    LOW, MEDIUM, HIGH
}
