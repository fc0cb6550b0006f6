package io.retort.it.autogen.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "sms_notifications")
public class SmsNotification extends Notification {

    @Column(nullable = false, length = 20)
    public String phone;
}
