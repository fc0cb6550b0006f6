package io.retort.deployment;

import io.quarkus.builder.item.SimpleBuildItem;
import io.retort.schema.Schema;

/** The schema the application's entities imply, read once at build time for every step that compares with it. */
public final class RetortEntityModelBuildItem extends SimpleBuildItem {

    private final Schema schema;

    RetortEntityModelBuildItem(Schema schema) {
        this.schema = schema;
    }

    public Schema schema() {
        return schema;
    }
}
