package io.retort.model.ledger;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.sql.Types;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Nationalized;
import org.hibernate.type.SqlTypes;

/** @Lob on each type, @Nationalized, @JdbcTypeCode, a columnDefinition. */
@Entity
@Table(name = "statements")
public class Statement {

    @Id
    public Long id;

    @Lob
    public String body;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    public byte[] pdf;

    @Lob
    public char[] notes;

    @Nationalized
    @Column(length = 60)
    public String title;

    @Nationalized
    @Lob
    public String translated;

    @JdbcTypeCode(SqlTypes.JSON)
    public String metadata;

    @JdbcTypeCode(Types.LONGVARCHAR)
    public String longText;

    @Column(columnDefinition = "varchar(12) default 'draft' not null")
    public String status;

    @Column(columnDefinition = "numeric(8,3)")
    public Double measured;

    public byte[] thumbnail;
}
