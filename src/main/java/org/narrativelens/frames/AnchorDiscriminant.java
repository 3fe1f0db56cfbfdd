package org.narrativelens.frames;

import java.util.Set;

/**
 * The anchors' difference in embedding space, measured against how far each source's own documents spread (Fisher's
 * discriminant): u = S^-1 (mean of the B anchors' documents - mean of the A anchors'), where S is the covariance of
 * documents around their own source's mean, pooled over every source, shrunk as {@link LedoitWolf} says. A direction
 * along which one outlet's documents already differ a lot (the stories it happens to cover) says little about its
 * side, so it is divided out; the sources' shared direction of difference stays. Documents, not passages, make S:
 * passages of one document differ by what each sentence is about, which is noise of another kind.
 */
final class AnchorDiscriminant {

    private AnchorDiscriminant() {
    }

    /** A passage's lean toward B is {@code direction.weights() . v + direction.offset()}. */
    record Fit(AxisProjection.Linear direction, double shrinkage) {
    }

    static Fit fit(Corpus corpus, Set<Integer> sideA, Set<Integer> sideB) {
        int dimension = corpus.dimension;
        int documents = corpus.documentIds.length;
        double[][] documentMeans = new double[documents][dimension];
        int[] passagesOf = new int[documents];
        double[] corpusMean = new double[dimension];
        for (int i = 0; i < corpus.size(); i++) {
            Vectors.addScaled(documentMeans[corpus.documentOf[i]], corpus.vectors[i], 1);
            passagesOf[corpus.documentOf[i]]++;
            Vectors.addScaled(corpusMean, corpus.vectors[i], 1.0 / corpus.size());
        }
        int sources = corpus.sourceCount();
        double[][] sourceMeans = new double[sources][dimension];
        int[] documentsOf = new int[sources];
        for (int d = 0; d < documents; d++) {
            documentMeans[d] = Vectors.scaled(documentMeans[d], 1.0 / passagesOf[d]);
            Vectors.addScaled(sourceMeans[corpus.sourceOfDocument[d]], documentMeans[d], 1);
            documentsOf[corpus.sourceOfDocument[d]]++;
        }
        for (int s = 0; s < sources; s++) {
            sourceMeans[s] = Vectors.scaled(sourceMeans[s], 1.0 / documentsOf[s]);
        }
        double[][] residuals = new double[documents][];
        for (int d = 0; d < documents; d++) {
            residuals[d] = Vectors.minus(documentMeans[d], sourceMeans[corpus.sourceOfDocument[d]]);
        }
        double[] contrast = Vectors.minus(groupMean(sourceMeans, documentsOf, sideB, dimension),
                groupMean(sourceMeans, documentsOf, sideA, dimension));
        LedoitWolf.Shrunk within = LedoitWolf.shrunkCovariance(residuals, dimension);
        double[] weights = Cholesky.solve(within.covariance(), contrast);
        return new Fit(new AxisProjection.Linear(weights, -Vectors.dot(corpusMean, weights)), within.intensity());
    }

    /** The mean of the group's documents. */
    private static double[] groupMean(double[][] sourceMeans, int[] documentsOf, Set<Integer> group, int dimension) {
        double[] sum = new double[dimension];
        int count = 0;
        for (int s : group) {
            Vectors.addScaled(sum, sourceMeans[s], documentsOf[s]);
            count += documentsOf[s];
        }
        return Vectors.scaled(sum, 1.0 / count);
    }
}
