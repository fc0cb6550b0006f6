package io.retort.model.social;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

@Embeddable
public class Contact {

    @Embedded
    public Location primary;

    public String phone;
}
