package org.narrativelens.frames;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnchorDiscriminantTest {

    /**
     * Two anchors whose document means differ by 1 along x and by 1 along y; documents of every source spread
     * +-3 along y (the stories each happens to cover) and hardly at all along x.
     */
    @Test
    void aDirectionAlongWhichSourcesOwnDocumentsSpreadIsDividedOut() {
        List<PassageVector> passages = new ArrayList<>();
        long id = 1;
        String[] sources = {"a-anchor", "b-anchor", "c-other"};
        double[][] centres = {{-0.5, -0.5}, {0.5, 0.5}, {0, 0}};
        double[] xSpread = {0.05, 0.05, -0.05, -0.05, 0, 0};
        for (int s = 0; s < sources.length; s++) {
            for (int d = 0; d < 6; d++) {
                double x = centres[s][0] + xSpread[d];
                double y = centres[s][1] + (d % 2 == 0 ? 3 : -3);
                passages.add(new PassageVector(id, 100 * s + d, sources[s], 0, 4, "text",
                        new float[] {(float) x, (float) y, 1}));
                id++;
            }
        }
        Corpus corpus = Corpus.of(passages);
        AxisProjection.Linear u = AnchorDiscriminant.fit(corpus, Set.of(corpus.sources.indexOf("a-anchor")),
                Set.of(corpus.sources.indexOf("b-anchor"))).direction();

        assertTrue(u.weights()[0] > 0 && u.weights()[1] > 0, "both differences point to B");
        assertTrue(u.weights()[0] > 5 * u.weights()[1], "x, where documents agree, outweighs y: "
                + u.weights()[0] + " vs " + u.weights()[1]);
    }
}
