package io.retort.tables.entity;

import io.retort.panache.Entity;
import jakarta.persistence.Column;
import jakarta.persistence.Table;
import java.util.Map;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A command to run ({@code tasks}): a shell command by default, enabled by default. */
@jakarta.persistence.Entity
@Table(name = "tasks")
public class Task extends Entity {

    @Column(nullable = false, columnDefinition = "text")
    public String command;

    @ColumnDefault("'shell'")
    @Column(name = "task_type", nullable = false, columnDefinition = "text")
    public String taskType = "shell";

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> parameters;

    @ColumnDefault("true")
    @Column(nullable = false)
    public boolean enabled = true;
}
