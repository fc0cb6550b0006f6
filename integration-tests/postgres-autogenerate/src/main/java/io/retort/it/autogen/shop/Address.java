package io.retort.it.autogen.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {

    @Column(length = 200)
    public String street;

    @Column(nullable = false, length = 80)
    public String city;

    @Column(length = 12)
    public String postcode;
}
