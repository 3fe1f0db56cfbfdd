package org.narrativelens.embed;

/** Sentence vectors from token vectors: the mean over the tokens the attention mask keeps, scaled to unit length. */
final class MeanPooling {

    private MeanPooling() {
    }

    /**
     * @param hidden token vectors of a batch, flattened from shape [batch][tokens][dimension]
     * @param attentionMask per sequence and token: 1 for a real token, 0 for padding
     * @return one unit-length vector per sequence
     */
    static float[][] poolAndNormalize(float[] hidden, long[][] attentionMask, int dimension) {
        int batch = attentionMask.length;
        int tokens = batch == 0 ? 0 : attentionMask[0].length;
        if (hidden.length != batch * tokens * dimension) {
            throw new IllegalArgumentException("hidden states hold " + hidden.length + " values, expected "
                    + batch + " x " + tokens + " x " + dimension);
        }
        float[][] pooled = new float[batch][];
        for (int b = 0; b < batch; b++) {
            pooled[b] = normalize(mean(hidden, attentionMask[b], b * tokens * dimension, dimension));
        }
        return pooled;
    }

    static float[] mean(float[] hidden, long[] mask, int offset, int dimension) {
        double[] sum = new double[dimension];
        int kept = 0;
        for (int t = 0; t < mask.length; t++) {
            if (mask[t] == 0) {
                continue;
            }
            kept++;
            int start = offset + t * dimension;
            for (int d = 0; d < dimension; d++) {
                sum[d] += hidden[start + d];
            }
        }
        float[] mean = new float[dimension];
        for (int d = 0; d < dimension; d++) {
            mean[d] = kept == 0 ? 0f : (float) (sum[d] / kept);
        }
        return mean;
    }

    /** Scales in place to L2 norm 1; a zero vector stays zero, as it has no direction to keep. */
    static float[] normalize(float[] vector) {
        double squares = 0;
        for (float v : vector) {
            squares += (double) v * v;
        }
        if (squares == 0) {
            return vector;
        }
        double norm = Math.sqrt(squares);
        for (int d = 0; d < vector.length; d++) {
            vector[d] = (float) (vector[d] / norm);
        }
        return vector;
    }
}
