package org.narrativelens.embed;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Up only once the model's checksums were verified and the loaded model answered a warm-up text; reports which model
 * serves. Reads the recorded state and never loads the model itself, so a probe stays cheap.
 */
@Readiness
@ApplicationScoped
public class ModelReadiness implements HealthCheck {

    static final String NAME = "embedding-model";

    private final ModelState state;

    public ModelReadiness(ModelState state) {
        this.state = state;
    }

    @Override
    public HealthCheckResponse call() {
        ModelState.Snapshot snapshot = state.snapshot();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME)
                .status(snapshot.phase() == ModelState.Phase.READY)
                .withData("phase", snapshot.phase().name().toLowerCase());
        snapshot.model().ifPresent(model -> response.withData("model", model.name())
                .withData("sha256", model.sha256())
                .withData("dimension", model.dimension()));
        snapshot.verifiedAt().ifPresent(at -> response.withData("checksumVerifiedAt", at.toString()));
        snapshot.failure().ifPresent(reason -> response.withData("failure", reason));
        return response.build();
    }
}
