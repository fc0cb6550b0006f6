package io.retort.model.social;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** A required one-to-one (a unique foreign key), a UUID key assigned by the application. */
@Entity
@Table(name = "badges")
public class Badge {

    @Id
    public UUID id;

    @OneToOne(optional = false)
    @JoinColumn(name = "member_id", unique = true)
    public Member member;

    public String label;
}
