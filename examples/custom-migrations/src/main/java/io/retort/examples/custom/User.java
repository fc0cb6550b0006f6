package io.retort.examples.custom;

import io.retort.panache.Entity;
import jakarta.persistence.Column;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

@jakarta.persistence.Entity
@Table(name = "users", indexes = @Index(name = "ix_users_email", columnList = "email"))
public class User extends Entity {

    @Column(nullable = false, unique = true)
    public String email;

    @Column(nullable = false)
    public String name;

    @ColumnDefault("true")
    @Column(name = "is_active", nullable = false)
    public boolean active = true;
}
