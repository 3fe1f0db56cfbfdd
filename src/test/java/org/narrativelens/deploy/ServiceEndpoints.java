package org.narrativelens.deploy;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

/**
 * The port and paths the packaged service (prod profile) serves, from application.properties with Quarkus's
 * defaults: what the manifests' probes, ports and scrape annotations must point at.
 */
record ServiceEndpoints(int port, String readiness, String liveness, String startup, String metrics) {

    static ServiceEndpoints fromApplicationProperties() {
        SmallRyeConfig config = prodConfig();
        if (config.getOptionalValue("quarkus.management.enabled", Boolean.class).orElse(false)) {
            throw new IllegalStateException("quarkus.management.enabled moves health and metrics to another port;"
                    + " teach ServiceEndpoints and the manifests about it");
        }
        String root = config.getOptionalValue("quarkus.http.root-path", String.class).orElse("/");
        String nonApplication = config.getOptionalValue("quarkus.http.non-application-root-path", String.class)
                .orElse("q");
        String base = nonApplication.startsWith("/") ? nonApplication : join(root, nonApplication);
        String health = join(base, config.getOptionalValue("quarkus.smallrye-health.root-path", String.class)
                .orElse("health"));
        return new ServiceEndpoints(
                config.getOptionalValue("quarkus.http.port", Integer.class).orElse(8080),
                join(health, config.getOptionalValue("quarkus.smallrye-health.readiness-path", String.class)
                        .orElse("ready")),
                join(health, config.getOptionalValue("quarkus.smallrye-health.liveness-path", String.class)
                        .orElse("live")),
                join(health, config.getOptionalValue("quarkus.smallrye-health.startup-path", String.class)
                        .orElse("started")),
                join(base, config.getOptionalValue("quarkus.micrometer.export.prometheus.path", String.class)
                        .orElse("metrics")));
    }

    static SmallRyeConfig prodConfig() {
        URL properties = ServiceEndpoints.class.getClassLoader().getResource("application.properties");
        try {
            return new SmallRyeConfigBuilder().withProfile("prod")
                    .withSources(new PropertiesConfigSource(properties, 250))
                    .addDefaultInterceptors().build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String join(String parent, String child) {
        if (child.startsWith("/")) {
            return child;
        }
        return (parent.endsWith("/") ? parent : parent + "/") + child;
    }
}
