package io.retort.model.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "email_alerts")
public class EmailAlert extends Alert {

    public String address;
}
