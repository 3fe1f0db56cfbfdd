package org.narrativelens.frames;

import java.util.ArrayList;
import java.util.List;

/**
 * Places new passages on the frames and axis of a finished analysis: the same lean, relevance, stance scale, frame
 * rule and speech placement as the analysis, with topic frames chosen by the nearest saved topic centroid.
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
            double stance = StanceScale.stance(placement.lean(), model.scale());
            double[] speech = speech(p, model.projection(), model.scale(), stance, relevance);
            scored.add(new ScoredPassage(p.passageId(), p.documentId(), p.source(), p.start(), p.end(), p.text(),
                    frameOf(v, stance, relevance), stance, relevance, p.voice(), speech[0], speech[1]));
        }
        return scored;
    }

    /**
     * {stance, relevance} of what a speaker says: its own vector placed on the axis, else the passage's. A phrase
     * axis reads text, not vectors: there speakers keep their passages' placement.
     */
    static double[] speech(PassageVector p, AxisProjection projection, double scale, double stance,
                           double relevance) {
        if (p.speechVector() == null || projection == null || projection.readsText()) {
            return new double[] {stance, relevance};
        }
        double[] unit = Vectors.unitOrNull(p.speechVector());
        if (unit == null || unit.length != p.vector().length) {
            return new double[] {stance, relevance};
        }
        AxisProjection.Placement placement = projection.place(Vectors.toFloats(unit), null);
        return new double[] {StanceScale.stance(placement.lean(), scale), placement.relevance()};
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
