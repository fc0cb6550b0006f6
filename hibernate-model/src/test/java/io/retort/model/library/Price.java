package io.retort.model.library;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

@Embeddable
public class Price {

    @Column(precision = 10, scale = 2)
    public BigDecimal amount;

    @Column(length = 3)
    public String currency;
}
