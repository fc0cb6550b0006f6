package io.retort.engine;

/** The migration lock could not be had within the configured timeout. */
public class LockTimeoutException extends RetortException {

    public LockTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
