package org.narrativelens.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.narrativelens.text.Passage;
import org.narrativelens.text.PassageVoice;
import org.narrativelens.text.Segmentation;

/**
 * Voices for passages segmented before voices existed: each stored span takes the voice (and speaker) that covers
 * most of its characters in a fresh segmentation of the same text; the first such voice on a tie.
 */
final class StoredPassageVoices {

    private StoredPassageVoices() {
    }

    static List<PassageVoice> of(Segmentation fresh, List<int[]> spans) {
        List<PassageVoice> voices = new ArrayList<>(spans.size());
        for (int[] span : spans) {
            Map<PassageVoice, Integer> coverage = new LinkedHashMap<>();
            for (Passage passage : fresh.passages()) {
                int overlap = Math.min(span[1], passage.end()) - Math.max(span[0], passage.start());
                if (overlap > 0) {
                    coverage.merge(passage.voice(), overlap, Integer::sum);
                }
            }
            PassageVoice best = PassageVoice.AUTHOR;
            int most = 0;
            for (Map.Entry<PassageVoice, Integer> entry : coverage.entrySet()) {
                if (entry.getValue() > most) {
                    most = entry.getValue();
                    best = entry.getKey();
                }
            }
            voices.add(best);
        }
        return voices;
    }
}
