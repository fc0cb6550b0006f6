package io.retort.model.shopv2;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("bank")
public class BankPayment extends Payment {

    public String iban;
}
