package io.retort.engine;

import java.util.List;

/** The entities describe a schema the revisions do not produce: a revision is missing. */
public class ModelDriftException extends RetortException {

    private final List<String> differences;

    public ModelDriftException(String message, List<String> differences) {
        super(message);
        this.differences = List.copyOf(differences);
    }

    /** One line per difference, such as {@code add column users.email string(255) NOT NULL}. */
    public List<String> differences() {
        return differences;
    }
}
