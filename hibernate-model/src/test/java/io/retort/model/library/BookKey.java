package io.retort.model.library;

import java.io.Serializable;
import java.util.Objects;

public class BookKey implements Serializable {

    public String prefix;

    public long number;

    @Override
    public boolean equals(Object other) {
        return other instanceof BookKey key && Objects.equals(prefix, key.prefix) && number == key.number;
    }

    @Override
    public int hashCode() {
        return Objects.hash(prefix, number);
    }
}
