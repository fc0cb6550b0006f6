package io.retort.it.autogen.shop;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("bank")
public class BankTransfer extends Payment {

    public String iban;
}
