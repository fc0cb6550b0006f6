package io.retort.model.social;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.util.Map;

/** A self reference, nested embeddables with overrides, a map keyed by an enum, a unique two-column index. */
@Entity
@Table(name = "members", indexes = @Index(name = "ux_members_handle_realm", columnList = "realm, handle", unique = true))
public class Member {

    @Id
    @GeneratedValue
    public Long id;

    @Column(nullable = false, length = 30)
    public String handle;

    @Column(nullable = false, length = 30)
    public String realm;

    @ManyToOne
    @JoinColumn(name = "invited_by")
    public Member invitedBy;

    @Embedded
    @AttributeOverride(name = "primary.city", column = @Column(name = "home_city"))
    @AttributeOverride(name = "primary.zip", column = @Column(name = "home_zip", length = 10))
    @AttributeOverride(name = "phone", column = @Column(name = "contact_phone", length = 20))
    public Contact contact;

    @ElementCollection
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "channel", length = 12)
    @Column(name = "volume")
    @CollectionTable(name = "member_settings")
    public Map<Channel, Integer> settings;

    public enum Channel {
        EMAIL, PUSH, SMS
    }
}
