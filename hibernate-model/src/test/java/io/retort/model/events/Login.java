package io.retort.model.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "logins")
public class Login extends Event {

    @Column(length = 45)
    public String address;

    public Boolean success;

    public Character method;
}
