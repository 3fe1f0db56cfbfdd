package org.narrativelens.frames;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Invented corpora for tests: passage vector = common + topic + side * lean + noise, where the common direction is
 * shared by every passage (as in real sentence embeddings), three well separated topics are shared by every source,
 * and a lean direction (orthogonal to the rest) splits the sources into side A (-1), side B (+1) or neither (0). Texts use side words ("crackdown", "arrests" vs "sanctuary", "haven") and shared words.
 */
final class Synthetic {

    static final int DIMENSION = 48;
    private static final String[] TOPIC_WORDS = {"border crossing", "funding network", "prison release"};

    /** A source: its name, its side (-1, 0 or +1) and how many documents and passages per document it has. */
    record Source(String name, int side, int documents, int passagesPerDocument) {
    }

    final double[][] topics;
    final double[] lean;
    final double[] common;
    private final Random random;

    Synthetic(long seed) {
        random = new Random(seed);
        topics = new double[3][];
        for (int t = 0; t < topics.length; t++) {
            topics[t] = gaussianUnit();
        }
        lean = orthogonalUnit(topics);
        common = orthogonalUnit(topics[0], topics[1], topics[2], lean);
    }

    private double[] orthogonalUnit(double[]... others) {
        double[] direction = gaussianUnit();
        for (double[] other : others) {
            Vectors.addScaled(direction, other, -Vectors.dot(direction, other) / Vectors.dot(other, other));
        }
        return Vectors.unit(direction);
    }

    List<PassageVector> corpus(double leanStrength, double noise, Source... sources) {
        List<PassageVector> passages = new ArrayList<>();
        long passageId = 1000;
        long documentId = 1;
        for (Source source : sources) {
            for (int d = 0; d < source.documents(); d++, documentId++) {
                for (int p = 0; p < source.passagesPerDocument(); p++) {
                    int topic = (p + d) % topics.length;
                    double[] v = topics[topic].clone();
                    Vectors.addScaled(v, common, 1.0);
                    Vectors.addScaled(v, lean, source.side() * leanStrength);
                    double[] jitter = gaussianUnit();
                    Vectors.addScaled(v, jitter, noise);
                    String text = text(source.side(), topic, p);
                    passages.add(new PassageVector(passageId, documentId, source.name(), p * 100, p * 100 + text.length(),
                            text, Vectors.toFloats(v)));
                    passageId += 7;
                }
            }
        }
        return passages;
    }

    /**
     * A frame description vector: the mean topic, {@code side * leanStrength} along the lean, and
     * {@code commonWeight} along the direction every passage shares: a description with more of it is closer to
     * every passage (a hub).
     */
    float[] description(int side, double leanStrength, double commonWeight) {
        double[] v = new double[DIMENSION];
        for (double[] topic : topics) {
            Vectors.addScaled(v, topic, 1.0 / topics.length);
        }
        Vectors.addScaled(v, common, commonWeight);
        Vectors.addScaled(v, lean, side * leanStrength);
        return Vectors.toFloats(v);
    }

    private String text(int side, int topic, int p) {
        String sideWords = side < 0 ? "the crackdown brought arrests" : side > 0 ? "a sanctuary and a safe haven" : "a statement";
        return "Near the " + TOPIC_WORDS[topic] + " in the province, officials saw " + sideWords + " again, report " + p + ".";
    }

    private double[] gaussianUnit() {
        double[] v = new double[DIMENSION];
        for (int j = 0; j < DIMENSION; j++) {
            v[j] = random.nextGaussian();
        }
        return Vectors.unit(v);
    }

    static AnalysisOptions fastOptions() {
        return new AnalysisOptions(0, 7L, 200, 199, 3, 3, false);
    }
}
