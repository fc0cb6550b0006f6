package io.retort.it.autogen.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "email_notifications")
public class EmailNotification extends Notification {

    @Column(nullable = false)
    public String address;
}
