package org.narrativelens.embed;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the verified model is loaded; reports which model serves. */
@Readiness
@ApplicationScoped
public class ModelReadiness implements HealthCheck {

    private final Embedder embedder;

    public ModelReadiness(Embedder embedder) {
        this.embedder = embedder;
    }

    @Override
    public HealthCheckResponse call() {
        ModelInfo model = embedder.model();
        return HealthCheckResponse.named("embedding-model").up()
                .withData("model", model.name())
                .withData("sha256", model.sha256())
                .withData("dimension", model.dimension())
                .build();
    }
}
