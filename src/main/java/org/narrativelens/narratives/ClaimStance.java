package org.narrativelens.narratives;

import java.util.List;
import java.util.Map;
import org.narrativelens.narratives.ClaimLeans.Lean;
import org.narrativelens.stance.DocumentScore;
import org.narrativelens.stance.Interval;
import org.narrativelens.stance.SourceScore;
import org.narrativelens.stance.SpeakerScore;

/**
 * Combines the vector stance of sources, documents and speakers with what they claim on the {@link ClaimAxis}:
 * {@code (vector + n * claims) / (1 + n)} where {@code claims} is the mean of their n counted statements. The
 * vector stance (wording and topic over all their passages) weighs as one statement: it says how a holder sounds,
 * a statement on the contested pair says where it stands, so a few explicit claims outweigh a tone. Holders who
 * state nothing on the pair keep their vector stance; intervals move with the stance (the claims are counted, not
 * sampled).
 */
public final class ClaimStance {

    private ClaimStance() {
    }

    /** The combined stance; the vector stance alone when there is no lean. */
    public static double combine(double vector, Lean lean) {
        return lean == null || lean.claims() == 0 ? vector
                : (vector + lean.claims() * lean.value()) / (1 + lean.claims());
    }

    public static List<SourceScore> sources(List<SourceScore> scores, Map<String, Lean> leans) {
        return scores.stream().map(s -> {
            Lean lean = leans.get(s.source());
            return new SourceScore(s.source(), combine(s.stance(), lean), interval(s.interval(), lean),
                    s.frameScores(), s.passages(), s.evidence());
        }).toList();
    }

    public static List<DocumentScore> documents(List<DocumentScore> scores, Map<Long, Lean> leans) {
        return scores.stream().map(d -> new DocumentScore(d.documentId(), d.source(),
                combine(d.stance(), leans.get(d.documentId())), d.frameScores())).toList();
    }

    /** Speakers matched by name as the voice layer and the statements write it. */
    public static List<SpeakerScore> speakers(List<SpeakerScore> scores, Map<String, Lean> leans) {
        return scores.stream().map(s -> {
            Lean lean = leans.get(s.name());
            return new SpeakerScore(s.name(), s.description(), combine(s.stance(), lean),
                    interval(s.interval(), lean), s.passages(), s.quoted(), s.reported(), s.sources(),
                    s.evidence());
        }).toList();
    }

    /** The interval moved as its stance is: each end combined with the lean. */
    public static Interval interval(Interval interval, Lean lean) {
        return interval == null ? null : new Interval(combine(interval.low(), lean), combine(interval.high(), lean));
    }
}
