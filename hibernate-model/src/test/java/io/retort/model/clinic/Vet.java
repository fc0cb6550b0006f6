package io.retort.model.clinic;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Set;
import org.hibernate.type.YesNoConverter;

/** char fields, a yes/no flag, every temporal type with Hibernate's default precision, a many-to-many. */
@Entity
@Table(name = "vets")
public class Vet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    /** char(1) */
    public char initial;

    /** char(1) with 'Y'/'N' */
    @Convert(converter = YesNoConverter.class)
    public boolean active;

    /** time(0)? Hibernate's default precision for time. */
    public LocalTime startsAt;

    public LocalDateTime hiredAt;

    public OffsetDateTime updatedAt;

    public Instant seenAt;

    @ManyToMany
    @JoinTable(name = "vet_specialties", joinColumns = @JoinColumn(name = "vet_id"),
            inverseJoinColumns = @JoinColumn(name = "specialty_id"))
    public Set<Specialty> specialties;
}
