package io.retort.model.warehouse;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Site {

    public String street;

    @Column(length = 2)
    public String country;

    public Double latitude;

    public Double longitude;
}
