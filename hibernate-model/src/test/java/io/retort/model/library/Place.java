package io.retort.model.library;

import jakarta.persistence.Embeddable;

@Embeddable
public class Place {

    public String city;

    public String street;
}
