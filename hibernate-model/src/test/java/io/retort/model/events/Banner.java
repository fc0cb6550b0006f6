package io.retort.model.events;

import jakarta.persistence.Entity;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import java.util.Date;

/** Legacy java.util.Date with each @Temporal. */
@Entity
public class Banner extends Notice {

    @Temporal(TemporalType.DATE)
    public Date showFrom;

    @Temporal(TemporalType.TIME)
    public Date dailyAt;

    @Temporal(TemporalType.TIMESTAMP)
    public Date expires;
}
