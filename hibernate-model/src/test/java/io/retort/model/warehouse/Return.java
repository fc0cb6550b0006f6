package io.retort.model.warehouse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "returns")
public class Return {

    @Id
    @GeneratedValue
    public Long id;

    @OneToOne
    public Shipment shipment;

    @ManyToOne
    public Item item;

    @Column(length = 500)
    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    public java.util.Map<String, Object> inspection;
}
