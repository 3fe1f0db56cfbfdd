package org.narrativelens.narratives;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.narrativelens.stance.PassageScore;
import org.narrativelens.statements.Attitude;
import org.narrativelens.statements.Statement;

/**
 * A passage's stance as its statements hold what its words name. The vector lean says which side a passage's words
 * belong to; it cannot see "not". When the passage's statements deny what they name ("The lane did not remove
 * parking, did not hurt businesses"), its words argue for the other side. So the stance is multiplied by the mean
 * of the statements' stands: +1 for a statement its words affirm, -1 for one they negate, deny or dispute. A passage
 * that affirms everything it says keeps its stance, one that denies everything changes side, a mixed one moves
 * toward 0; passages without statements keep theirs.
 */
public final class PassagePolarity {

    /** Where a passage is: its document and its offsets there. */
    public record Span(long documentId, int start, int end) {
    }

    private PassagePolarity() {
    }

    public static List<PassageScore> apply(List<PassageScore> passages, List<PlacedStatement> statements,
                                           Map<Long, Span> spans) {
        if (passages == null || statements.isEmpty()) {
            return passages;
        }
        Map<Long, List<PlacedStatement>> byDocument = new HashMap<>();
        statements.forEach(s -> byDocument.computeIfAbsent(s.documentId(), d -> new ArrayList<>()).add(s));
        List<PassageScore> out = new ArrayList<>(passages.size());
        for (PassageScore p : passages) {
            Span span = spans.get(p.passageId());
            double factor = span == null ? 1 : factor(byDocument.getOrDefault(span.documentId(), List.of()), span);
            out.add(factor == 1 ? p : new PassageScore(p.passageId(), p.documentId(), p.frameId(),
                    p.stance() * factor, p.relevance(), p.voice(), p.speaker()));
        }
        return out;
    }

    /** The mean stand of the statements read from sentences that start inside the span; 1 when there are none. */
    static double factor(List<PlacedStatement> statements, Span span) {
        int sum = 0;
        int count = 0;
        for (PlacedStatement s : statements) {
            int at = s.statement().sentenceStart();
            if (at >= span.start() && at < span.end()) {
                sum += stand(s.statement());
                count++;
            }
        }
        return count == 0 ? 1 : (double) sum / count;
    }

    private static int stand(Statement s) {
        return s.attitude() == Attitude.DISPUTES ? -s.polarity() : s.polarity();
    }
}
