package org.narrativelens.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The map page's security and caching headers: a Content-Security-Policy that lets only the service's own script
 * files run (no inline script, no event-handler attributes, nothing from elsewhere), and revalidation of the page
 * and its assets on every load instead of the day-long {@code immutable} caching Quarkus gives static files.
 */
@ApplicationScoped
public class PageHeaders {

    /** Inline styles stay allowed: the charting library positions its tooltips and SVG through style attributes. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    void register(@Observes Router router) {
        router.route("/map.html").order(-100).handler(PageHeaders::page);
        router.route("/").order(-100).handler(PageHeaders::page);
        router.route("/map/*").order(-100).handler(PageHeaders::asset);
    }

    private static void page(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> context.response().headers()
                .set("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .set("Referrer-Policy", "no-referrer"));
        asset(context);
    }

    private static void asset(RoutingContext context) {
        // set when the headers are written, after the static handler's own Cache-Control
        context.addHeadersEndHandler(ignored -> context.response().headers()
                .set("Cache-Control", "no-cache")
                .set("X-Content-Type-Options", "nosniff"));
        context.next();
    }
}
