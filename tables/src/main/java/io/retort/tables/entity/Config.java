package io.retort.tables.entity;

import io.retort.panache.Entity;
import jakarta.persistence.Column;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A named JSON configuration ({@code configs}, created by {@code ReadyMadeTables.createConfigsTable}). */
@jakarta.persistence.Entity
@Table(name = "configs", indexes = @Index(name = "ix_configs_name", columnList = "name"))
public class Config extends Entity {

    @Column(nullable = false, columnDefinition = "text")
    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> data;
}
