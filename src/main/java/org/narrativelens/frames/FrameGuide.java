package org.narrativelens.frames;

/**
 * A frame the caller names in advance: a label, what describes it (a description, example passages or both) and
 * its guide vector, already embedded by the caller.
 */
public record FrameGuide(String label, String description, float[] vector) {

    /**
     * The guide of several texts: the mean of their unit vectors, so a description and a few example passages each
     * count once and the frame sits at their centre.
     */
    public static float[] mean(float[][] vectors) {
        if (vectors.length == 0) {
            throw new IllegalArgumentException("a frame guide needs at least one text");
        }
        double[] sum = new double[vectors[0].length];
        for (float[] v : vectors) {
            double[] unit = Vectors.unitOrNull(v);
            if (unit != null) {
                Vectors.addScaled(sum, unit, 1);
            }
        }
        return Vectors.toFloats(Vectors.unit(sum));
    }
}
