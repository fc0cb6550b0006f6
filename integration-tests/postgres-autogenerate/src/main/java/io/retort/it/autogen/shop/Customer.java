package io.retort.it.autogen.shop;

import io.retort.panache.Entity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Set;

/** On Retort's Entity base (ULID id, timestamps, tags). */
@jakarta.persistence.Entity
@Table(name = "customers")
public class Customer extends Entity {

    @Column(nullable = false, unique = true)
    public String email;

    @Column(nullable = false, length = 100)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public CustomerStatus status;

    @Enumerated(EnumType.ORDINAL)
    public CustomerStatus previousStatus;

    public LocalDate birthDate;

    public boolean marketingOptIn;

    @Embedded
    @AttributeOverride(name = "street", column = @Column(name = "billing_street", length = 200))
    @AttributeOverride(name = "city", column = @Column(name = "billing_city", length = 80))
    @AttributeOverride(name = "postcode", column = @Column(name = "billing_postcode", length = 12))
    public Address billing;

    @ElementCollection
    @CollectionTable(name = "customer_phones", joinColumns = @JoinColumn(name = "customer_id"))
    @Column(name = "phone", length = 30)
    public Set<String> phones;
}
