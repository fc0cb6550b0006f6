package io.retort.model.warehouse;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Depot {

    @Id
    public Integer id;

    public String name;

    @Embedded
    public Site site;
}
