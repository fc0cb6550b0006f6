package io.retort.model.clinic;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("C")
public class Cat extends Animal {

    public Integer lives;
}
