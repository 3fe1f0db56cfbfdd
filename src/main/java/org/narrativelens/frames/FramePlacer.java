package org.narrativelens.frames;

import java.util.ArrayList;
import java.util.List;
import org.narrativelens.stance.ScoredPassage;

/**
 * Places new passages on the frames and axis of a finished analysis: the same lean, relevance, stance scale and
 * frame rule as the analysis, with topic frames chosen by the nearest saved topic centroid.
 */
public final class FramePlacer {

    private final ScoringModel model;

    public FramePlacer(ScoringModel model) {
        this.model = model;
    }

    public List<ScoredPassage> place(List<PassageVector> passages) {
        List<ScoredPassage> scored = new ArrayList<>(passages.size());
        for (PassageVector p : passages) {
            double[] unit = Vectors.unitOrNull(p.vector());
            if (unit == null) {
                throw new IllegalArgumentException("passage " + p.passageId() + " has a zero or non-finite vector");
            }
            float[] v = Vectors.toFloats(unit);
            AxisProjection.Placement placement = model.projection().place(v, p.text());
            double relevance = placement.relevance();
            double stance = model.scale() > 0 ? Math.tanh(placement.lean() / model.scale()) : 0;
            scored.add(new ScoredPassage(p.passageId(), p.documentId(), p.source(), p.start(), p.end(), p.text(),
                    frameOf(v, stance, relevance), stance, relevance));
        }
        return scored;
    }

    private String frameOf(float[] v, double stance, double relevance) {
        boolean clear = relevance >= model.sideThreshold() && Math.abs(stance) >= model.sideThreshold();
        if (clear) {
            return stance < 0 ? "f0" : "f1";
        }
        String best = null;
        double bestSimilarity = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < model.topicCentroids().length; c++) {
            String frame = model.frameOfTopic().get(c);
            double similarity = Vectors.dot(v, model.topicCentroids()[c]);
            if (frame != null && similarity > bestSimilarity) {
                bestSimilarity = similarity;
                best = frame;
            }
        }
        // Every passage of the analysis was clearly on a side: an undecided one goes to the side it leans to.
        return best != null ? best : stance < 0 ? "f0" : "f1";
    }
}
