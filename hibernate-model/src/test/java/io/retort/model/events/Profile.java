package io.retort.model.events;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** A one-to-one sharing its owner's key (@MapsId). */
@Entity
@Table(name = "profiles")
public class Profile {

    @Id
    public Integer id;

    @MapsId
    @OneToOne
    public Incident incident;

    public String summary;
}
