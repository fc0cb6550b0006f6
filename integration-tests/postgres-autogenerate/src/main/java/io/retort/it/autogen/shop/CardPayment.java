package io.retort.it.autogen.shop;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("card")
public class CardPayment extends Payment {

    @Column(length = 4)
    public String last4;
}
