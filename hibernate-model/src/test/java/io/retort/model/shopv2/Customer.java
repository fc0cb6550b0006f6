package io.retort.model.shopv2;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "customers")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String email;

    @Column(nullable = false, length = 150)
    public String name;

    @Column(length = 40)
    public String nickname;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public CustomerStatus status;

    @Enumerated(EnumType.ORDINAL)
    public CustomerStatus previousStatus;

    public boolean active;

    @ColumnDefault("0")
    public Integer loyaltyPoints;

    @CreationTimestamp
    public Instant createdAt;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> tags;

    @Embedded
    @AttributeOverride(name = "street", column = @Column(name = "billing_street", length = 200))
    @AttributeOverride(name = "city", column = @Column(name = "billing_city", length = 80))
    public Address billing;

    @ElementCollection
    @CollectionTable(name = "customer_phones", joinColumns = @JoinColumn(name = "customer_id"))
    @Column(name = "phone", length = 30)
    public Set<String> phones;
}
