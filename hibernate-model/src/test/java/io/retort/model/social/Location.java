package io.retort.model.social;

import jakarta.persistence.Embeddable;

@Embeddable
public class Location {

    public String city;

    public String zip;
}
