package io.retort.model.hr;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.util.Set;

@Entity
@Table(indexes = @Index(columnList = "city, name"))
public class Office {

    @Id
    public Integer id;

    @Column(nullable = false)
    public String name;

    @Column(length = 80)
    public String city;

    @ElementCollection
    @CollectionTable(name = "office_phones")
    @Column(name = "phone", length = 20)
    public Set<String> phones;
}
