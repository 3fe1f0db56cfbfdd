package org.narrativelens.embed;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * What is known about the serving model: nothing yet, verified and loaded (checksums matched the manifest and a
 * warm-up text gave a unit vector of the manifest's dimension), failed, or closed at shutdown.
 */
@ApplicationScoped
public class ModelState {

    /** Where the model is in its life. */
    public enum Phase { LOADING, READY, FAILED, CLOSED }

    /** An immutable view of the state, so that a health check reads one consistent picture. */
    public record Snapshot(Phase phase, Optional<ModelInfo> model, Optional<Instant> verifiedAt,
            Optional<String> failure) {
    }

    private volatile Snapshot snapshot = new Snapshot(Phase.LOADING, Optional.empty(), Optional.empty(),
            Optional.empty());

    public Snapshot snapshot() {
        return snapshot;
    }

    /** The model's files matched the manifest's SHA-256 sums and the loaded model answered the warm-up. */
    public void ready(ModelInfo model, Instant verifiedAt) {
        snapshot = new Snapshot(Phase.READY, Optional.of(model), Optional.of(verifiedAt), Optional.empty());
    }

    public void failed(String reason) {
        snapshot = new Snapshot(Phase.FAILED, snapshot.model(), snapshot.verifiedAt(), Optional.of(reason));
    }

    public void closed() {
        snapshot = new Snapshot(Phase.CLOSED, snapshot.model(), snapshot.verifiedAt(), Optional.empty());
    }
}
