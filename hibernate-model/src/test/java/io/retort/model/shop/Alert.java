package io.retort.model.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import java.util.UUID;
import org.hibernate.annotations.Check;

/** TABLE_PER_CLASS inheritance with a class-level check. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
@Check(name = "ck_alert_level", constraints = "level between 0 and 9")
public abstract class Alert {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    public int level;
}
