package io.retort.engine;

/** Base of the engine's errors; every message says what failed, where, and what to do next. */
public class RetortException extends RuntimeException {

    public RetortException(String message) {
        super(message);
    }

    public RetortException(String message, Throwable cause) {
        super(message, cause);
    }
}
