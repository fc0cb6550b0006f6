package io.retort.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.maven.plugin.logging.Log;

/**
 * Routes what Retort and Hibernate log through java.util.logging (jboss-logging's fallback outside
 * Quarkus) into Maven's log for the length of a goal, instead of JUL's two-line format on stderr.
 * Warnings stay warnings; informational lines go to debug, because the goal prints its own summary
 * of what ran and Hibernate's start-up chatter is not the user's business in a goal.
 */
final class MavenLogBridge implements AutoCloseable {

    private static final List<String> LOGGERS = List.of("io.retort", "org.hibernate", "io.vertx", "io.agroal");

    private final List<Restore> restores = new ArrayList<>();

    private record Restore(Logger logger, Handler[] handlers, boolean useParent, Level level) {
    }

    MavenLogBridge(Log log) {
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = format(record);
                int level = record.getLevel().intValue();
                if (level >= Level.SEVERE.intValue()) {
                    log.error(message);
                } else if (level >= Level.WARNING.intValue()) {
                    log.warn(message);
                } else {
                    log.debug(message);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        for (String name : LOGGERS) {
            Logger logger = Logger.getLogger(name);
            restores.add(new Restore(logger, logger.getHandlers(), logger.getUseParentHandlers(), logger.getLevel()));
            for (Handler existing : logger.getHandlers()) {
                logger.removeHandler(existing);
            }
            logger.addHandler(handler);
            logger.setUseParentHandlers(false);
            logger.setLevel(log.isDebugEnabled() ? Level.FINE : Level.INFO);
        }
    }

    private static String format(LogRecord record) {
        String message = record.getMessage();
        if (record.getParameters() != null && record.getParameters().length > 0 && message != null) {
            try {
                message = java.text.MessageFormat.format(message, record.getParameters());
            } catch (IllegalArgumentException e) {
                // Not a MessageFormat pattern: keep the message as it is.
            }
        }
        return record.getThrown() == null ? message : message + ": " + record.getThrown();
    }

    @Override
    public void close() {
        for (Restore restore : restores) {
            for (Handler handler : restore.logger().getHandlers()) {
                restore.logger().removeHandler(handler);
            }
            for (Handler handler : restore.handlers()) {
                restore.logger().addHandler(handler);
            }
            restore.logger().setUseParentHandlers(restore.useParent());
            restore.logger().setLevel(restore.level());
        }
    }
}
