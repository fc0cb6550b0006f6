package io.retort.model.warehouse;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Carrier {

    @Id
    public String code;

    public String name;

    public boolean tracking;
}
