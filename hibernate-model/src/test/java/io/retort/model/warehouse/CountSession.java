package io.retort.model.warehouse;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.List;

/** A stock count: who, where, the counted quantities in order, a signed report. */
@Entity
public class CountSession {

    @Id
    @GeneratedValue
    public Long id;

    @ManyToOne(optional = false)
    public Depot depot;

    public LocalDate day;

    @ElementCollection
    @OrderColumn(name = "line")
    @CollectionTable(name = "count_quantities")
    public List<Long> quantities;

    @Lob
    public byte[] signedReport;
}
