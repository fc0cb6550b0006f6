package io.retort.model.events;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/** Columns every event table inherits. */
@MappedSuperclass
public abstract class Audited {

    @Version
    public int version;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
