package io.retort.deployment.broken;

import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.migration.Revision;

/** An id of 70 characters: SQLite would record it, PostgreSQL's VARCHAR(64) version column would not. */
@Revision(id = "add_the_customer_loyalty_points_and_the_referral_codes_for_spring_2027", message = "too long an id")
public class TooLongId implements Migration {

    @Override
    public void upgrade(Ops op) {
    }

    @Override
    public void downgrade(Ops op) {
    }
}
