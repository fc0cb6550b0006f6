package io.retort.model.events;

import jakarta.persistence.Entity;
import java.sql.Timestamp;
import java.util.Calendar;

/** java.sql and Calendar types. */
@Entity
public class Popup extends Notice {

    public Timestamp shownAt;

    public java.sql.Date day;

    public java.sql.Time hour;

    public Calendar until;
}
