package org.narrativelens.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.narrativelens.stance.SpeakerScore;

/**
 * Per expected person: the speakers the analysis found under that name, their stance (passage-weighted when the
 * person appears under more than one form of the name) and whether it lands on the expected side.
 */
public final class SpeakerCheck {

    /**
     * One expected person's verdict; {@code found} false when no speaker matches, and then {@code right} is false.
     *
     * @param matched the speaker names that matched, in name order
     */
    public record Row(String person, String expected, boolean found, List<String> matched, double stance,
                      double low, double high, int passages, List<String> sources, boolean right) {
    }

    private SpeakerCheck() {
    }

    public static List<Row> rows(List<SpeakerScore> speakers, Map<String, String> expected, String sideA) {
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, String> entry : new TreeMap<>(expected).entrySet()) {
            List<SpeakerScore> matches = speakers.stream().filter(s -> matches(entry.getKey(), s.name())).toList();
            if (matches.isEmpty()) {
                rows.add(new Row(entry.getKey(), entry.getValue(), false, List.of(), Double.NaN, Double.NaN,
                        Double.NaN, 0, List.of(), false));
                continue;
            }
            double sum = 0;
            int passages = 0;
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            TreeSet<String> sources = new TreeSet<>();
            for (SpeakerScore speaker : matches) {
                sum += speaker.stance() * speaker.passages();
                passages += speaker.passages();
                low = Math.min(low, speaker.interval().low());
                high = Math.max(high, speaker.interval().high());
                speaker.sources().forEach(s -> sources.add(s.source()));
            }
            double stance = sum / passages;
            boolean right = sideA.equals(entry.getValue()) ? stance < 0 : stance > 0;
            rows.add(new Row(entry.getKey(), entry.getValue(), true, matches.stream().map(SpeakerScore::name).toList(),
                    stance, low, high, passages, List.copyOf(sources), right));
        }
        return rows;
    }

    /**
     * Whether a speaker name denotes the expected person: same last word, and the words of one name all appear in
     * the other ("Mawlawi Amir Khan Muttaqi" and "Amir Khan Muttaqi"; "Mujahid" alone and "Zabihullah Mujahid").
     */
    static boolean matches(String person, String speaker) {
        List<String> a = words(person);
        List<String> b = words(speaker);
        if (a.isEmpty() || b.isEmpty() || !a.get(a.size() - 1).equals(b.get(b.size() - 1))) {
            return false;
        }
        return a.containsAll(b) || b.containsAll(a);
    }

    private static List<String> words(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[\\s]+")).filter(w -> !w.isBlank()).toList();
    }
}
