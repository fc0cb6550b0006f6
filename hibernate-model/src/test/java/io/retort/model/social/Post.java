package io.retort.model.social;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.List;

/** A unidirectional one-to-many by join column, an ordered many-to-many, a join table with its own unique key. */
@Entity
@Table(name = "posts")
public class Post {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    public Member author;

    @Column(columnDefinition = "text")
    public String body;

    @OneToMany
    @JoinColumn(name = "post_id")
    public List<Attachment> attachments;

    @ManyToMany
    @OrderColumn(name = "rank")
    @JoinTable(name = "post_mentions")
    public List<Member> mentions;

    @ManyToMany
    @JoinTable(name = "post_likes", joinColumns = @JoinColumn(name = "post_id"), inverseJoinColumns = @JoinColumn(name = "member_id"),
            uniqueConstraints = @UniqueConstraint(name = "uq_post_likes_member_post", columnNames = { "member_id", "post_id" }))
    public List<Member> likes;
}
