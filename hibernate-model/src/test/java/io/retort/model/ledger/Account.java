package io.retort.model.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.NaturalId;

/** Numbers of every Java type with precision and scale, enums both ways, a natural id, a formula, checks. */
@Entity
@Table(name = "accounts")
@Check(name = "ck_accounts_limits", constraints = "credit_limit >= 0")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    public Long id;

    @NaturalId
    @Column(length = 34)
    public String iban;

    @Column(precision = 19, scale = 4)
    public BigDecimal balance;

    @Column(name = "credit_limit", precision = 12)
    public BigDecimal creditLimit;

    public BigInteger units;

    public double rate;

    public float ratio;

    public Double optionalRate;

    public short tier;

    public byte flags;

    public Long version;

    @Check(constraints = "risk between 0 and 9")
    public int risk;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Enumerated(EnumType.ORDINAL)
    public Kind previousKind;

    @Formula("balance * 2")
    public BigDecimal doubled;

    public enum Kind {
        CHECKING, SAVINGS, CREDIT
    }
}
