package io.retort.model.shopv2;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {

    @Column(length = 200)
    public String street;

    @Column(nullable = false, length = 80)
    public String city;
}
