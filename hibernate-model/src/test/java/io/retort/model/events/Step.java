package io.retort.model.events;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;

@Embeddable
public class Step {

    @Column(length = 200)
    public String action;

    public Duration took;
}
