package io.retort.model.clinic;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("D")
public class Dog extends Animal {

    public Boolean goodBoy;
}
