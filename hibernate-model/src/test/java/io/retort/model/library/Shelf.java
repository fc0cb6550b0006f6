package io.retort.model.library;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** A TABLE generator: Hibernate's own key table. */
@Entity
@Table(name = "shelves")
public class Shelf {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "shelf_ids")
    @TableGenerator(name = "shelf_ids", table = "id_blocks", pkColumnName = "name", valueColumnName = "next_block")
    public Long id;

    public String room;
}
