package io.retort.runtime.dev;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Dev mode with schema validation asked for: while the entities have changes no revision covers,
 * the application's requests get a page that names them and the way out (the Dev UI's Generate
 * revision, or the goal), instead of Hibernate's validation failure. Quarkus's own paths
 * ({@code /q/...}, the Dev UI among them) are served as usual. The hot reload that a generated
 * revision file triggers starts the application again, applies the revision, and the page is gone.
 */
@Singleton
public class DevDriftPage {

    void install(@Observes Router router) {
        // After dev mode's hot-reload check (the first route), before the application's routes.
        router.route().order(Integer.MIN_VALUE + 100).handler(context -> {
            List<String> changes = DevDrift.changes();
            if (changes.isEmpty() || context.normalizedPath().startsWith("/q/")) {
                context.next();
                return;
            }
            context.response().setStatusCode(503).putHeader("Content-Type", "text/html; charset=utf-8").end(page(changes));
        });
    }

    static String page(List<String> changes) {
        StringBuilder items = new StringBuilder();
        changes.forEach(change -> items.append("<li><code>").append(escape(change)).append("</code></li>"));
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Retort: the entities changed</title></head>"
                + "<body style=\"font-family: sans-serif; max-width: 60em; margin: 2em auto\">"
                + "<h1>Retort: the entities have " + changes.size() + " change" + (changes.size() == 1 ? "" : "s")
                + " no revision covers</h1><ul>" + items + "</ul>"
                + "<p>The schema does not match the entities yet, so Hibernate's validation would fail. Generate the revision:"
                + " <a href=\"/q/dev-ui/\">Dev UI</a>, Retort card, <b>Drift</b> page, <b>Generate revision</b>; or run"
                + " <code>mvn retort:revision -Dretort.autogenerate -Dretort.message=\"describe the change\"</code>."
                + " The next request reloads the application, applies the revision and serves again.</p>"
                + "<p><small>In dev mode Retort checks the schema in place of"
                + " <code>quarkus.hibernate-orm.schema-management.strategy=validate</code>; tests and production validate as"
                + " configured.</small></p></body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
