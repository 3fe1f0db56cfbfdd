package org.narrativelens.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.narrativelens.stance.DocumentScore;

/**
 * Stories with one side-A and one side-B document: in how many the A document's stance is below the B document's
 * (ties count as wrong), over all such stories and over those where neither outlet is an anchor.
 */
public final class StoryPairs {

    /** Counts of one group. */
    public record Result(int stories, int ordered, int storiesWithoutAnchors, int orderedWithoutAnchors) {

        /** Sums two counts. */
        public Result plus(Result other) {
            return new Result(stories + other.stories, ordered + other.ordered,
                    storiesWithoutAnchors + other.storiesWithoutAnchors,
                    orderedWithoutAnchors + other.orderedWithoutAnchors);
        }
    }

    private StoryPairs() {
    }

    /** Document ids of {@code scores} index {@code documents}; documents without a story are ignored. */
    public static Result count(List<DocumentScore> scores, List<EvalDocument> documents, String sideA, String sideB,
                               Set<String> anchors) {
        Map<String, DocumentScore[]> pairs = new TreeMap<>();
        for (DocumentScore score : scores) {
            EvalDocument document = documents.get((int) score.documentId());
            if (document.story() == null) {
                continue;
            }
            DocumentScore[] pair = pairs.computeIfAbsent(document.story(), s -> new DocumentScore[2]);
            if (sideA.equals(document.side()) && pair[0] == null) {
                pair[0] = score;
            } else if (sideB.equals(document.side()) && pair[1] == null) {
                pair[1] = score;
            }
        }
        int stories = 0;
        int ordered = 0;
        int free = 0;
        int orderedFree = 0;
        for (DocumentScore[] pair : pairs.values()) {
            if (pair[0] == null || pair[1] == null) {
                continue;
            }
            boolean right = pair[0].stance() < pair[1].stance();
            stories++;
            ordered += right ? 1 : 0;
            if (!anchors.contains(pair[0].source()) && !anchors.contains(pair[1].source())) {
                free++;
                orderedFree += right ? 1 : 0;
            }
        }
        return new Result(stories, ordered, free, orderedFree);
    }
}
