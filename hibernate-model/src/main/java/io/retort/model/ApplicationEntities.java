package io.retort.model;

import io.retort.app.ApplicationSettings;
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

    /** Reads {@code classNames} from {@code loader}; a class that cannot be loaded becomes a warning naming it. */
    public static EntityModel read(List<String> classNames, ClassLoader loader, ApplicationSettings settings) {
        List<Class<?>> entities = new ArrayList<>();
        List<String> unloadable = new ArrayList<>();
        for (String name : classNames) {
            try {
                entities.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                unloadable.add("Cannot read entity " + name + ": " + e);
            }
        }
        HibernateModelReader reader = new HibernateModelReader();
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
