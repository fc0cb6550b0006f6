package io.retort.model.library;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

@Embeddable
public class AuthorId implements Serializable {

    @Column(length = 2)
    public String country;

    public int number;

    @Override
    public boolean equals(Object other) {
        return other instanceof AuthorId id && Objects.equals(country, id.country) && number == id.number;
    }

    @Override
    public int hashCode() {
        return Objects.hash(country, number);
    }
}
