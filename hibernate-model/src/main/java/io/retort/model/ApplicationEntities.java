package io.retort.model;

import io.retort.app.ApplicationSettings;
import io.retort.app.DataSourceSettings;
import io.retort.dialect.DatabaseSupport;
import java.util.ArrayList;
import java.util.List;

/**
 * The entity model of an application, read the same way by the build, the goals and the test kit:
 * its {@code @Entity} classes (from its index, dependency jars included) through Hibernate's boot
 * metamodel, with the naming strategies and the database version its configuration sets.
 */
public final class ApplicationEntities {

    private ApplicationEntities() {
    }

    /**
     * Reads {@code classNames} from {@code loader} as Hibernate maps them for {@code database} (the
     * default datasource's); a class that cannot be loaded becomes a warning naming it.
     */
    public static EntityModel read(List<String> classNames, ClassLoader loader, ApplicationSettings settings, DatabaseSupport database) {
        List<Class<?>> entities = new ArrayList<>();
        List<String> unloadable = new ArrayList<>();
        for (String name : classNames) {
            try {
                entities.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                unloadable.add("Cannot read entity " + name + ": " + e);
            }
        }
        HibernateModelReader reader = new HibernateModelReader(database.mappedAs(),
                database.dialect(settings.datasource(DataSourceSettings.DEFAULT)));
        settings.entityMapping().forEach(reader::setting);
        EntityModel model = reader.read(entities);
        if (unloadable.isEmpty()) {
            return model;
        }
        List<String> warnings = new ArrayList<>(unloadable);
        warnings.addAll(model.warnings());
        return new EntityModel(model.schema(), model.sequences(), warnings, model.databaseVersion());
    }
}
