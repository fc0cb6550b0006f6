package io.retort.model.library;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ConstraintMode;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.annotations.SQLRestriction;

/**
 * An @IdClass key, composite @JoinColumns, a secondary table, a restriction (no DDL), an ordered list,
 * a map of embeddables, a set whose rows go with the book, and a reference without a constraint.
 */
@Entity
@Table(name = "books")
@IdClass(BookKey.class)
@SecondaryTable(name = "book_details")
@SQLRestriction("withdrawn = false")
public class Book {

    @Id
    @Column(length = 3)
    public String prefix;

    @Id
    public long number;

    public String title;

    public boolean withdrawn;

    @Column(table = "book_details", length = 2000)
    public String blurb;

    @ManyToOne
    @JoinColumns({ @JoinColumn(name = "author_country", referencedColumnName = "country"),
            @JoinColumn(name = "author_number", referencedColumnName = "number") })
    public Author author;

    @ManyToOne
    @JoinColumn(name = "translator_country", referencedColumnName = "country")
    @JoinColumn(name = "translator_number", referencedColumnName = "number")
    public Author translator;

    @ManyToOne
    @JoinColumn(name = "shelf_id", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
    public Shelf shelf;

    @ElementCollection
    @OrderColumn(name = "position")
    @CollectionTable(name = "book_chapters")
    public List<String> chapters;

    @ElementCollection
    @MapKeyColumn(name = "market", length = 8)
    @CollectionTable(name = "book_prices")
    public Map<String, Price> prices;

    @ElementCollection
    @CollectionTable(name = "book_tags")
    @OnDelete(action = OnDeleteAction.CASCADE)
    public Set<String> tags;
}
