package org.narrativelens.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyphraseExtractorTest {

    @Test
    void termsAreLowercasedContentUnigramsAndBigramsThatNeverSpanAStopword() {
        Map<String, Integer> counts = Terms.count("The Border Police's raid, and the raid at https://t.co/x 2025");

        assertEquals(2, counts.get("raid"));
        assertEquals(1, counts.get("border police"));
        assertEquals(1, counts.get("police raid"));
        assertFalse(counts.containsKey("the"));
        assertFalse(counts.containsKey("raid raid"));
        assertFalse(counts.containsKey("https"));
        assertFalse(counts.containsKey("2025"));
        assertFalse(counts.containsKey("police's"));
    }

    @Test
    void aGroupNothingDistinguishesIsDescribedByItsMostFrequentPhrases() {
        List<String> texts = List.of("Ferry fares rise again.", "Ferry fares rise.", "Ferry fares rise again.");
        KeyphraseExtractor extractor = new KeyphraseExtractor(texts);

        assertTrue(extractor.distinguishingFromRest(new int[] {1}, 8).isEmpty());
        assertEquals(List.of("fares rise", "ferry fares"), extractor.mostFrequent(new int[] {1}, 2));
    }

    @Test
    void distinguishingPhrasesAreOverRepresentedOnesNeverSharedOnes() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            texts.add("Officials in the province reported a crackdown with mass arrests, case " + i);
        }
        for (int i = 0; i < 20; i++) {
            texts.add("Officials in the province reported a sanctuary for fighters, case " + i);
        }
        KeyphraseExtractor extractor = new KeyphraseExtractor(texts);
        int[] first = range(0, 20);
        int[] second = range(20, 40);

        List<String> crackdown = extractor.distinguishingFromRestAndOpposite(first, second, 8);
        List<String> sanctuary = extractor.distinguishingFromRestAndOpposite(second, first, 8);

        assertTrue(crackdown.contains("crackdown") || crackdown.contains("reported crackdown"), crackdown.toString());
        assertTrue(crackdown.stream().anyMatch(p -> p.contains("arrests")), crackdown.toString());
        assertTrue(sanctuary.stream().anyMatch(p -> p.contains("sanctuary")), sanctuary.toString());
        for (List<String> phrases : List.of(crackdown, sanctuary)) {
            assertFalse(phrases.contains("officials"));
            assertFalse(phrases.contains("province"));
            assertFalse(phrases.contains("case"));
        }
        assertEquals(crackdown, extractor.distinguishingFromRest(first, 8));
    }

    @Test
    void aPhraseWhoseWordsAreAlreadyShownIsSkipped() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            texts.add("safe havens exist near the capital city, report " + i);
            texts.add("ceasefire talks continued near the capital city, report " + i);
        }
        KeyphraseExtractor extractor = new KeyphraseExtractor(texts);
        int[] even = new int[15];
        int[] odd = new int[15];
        for (int i = 0; i < 15; i++) {
            even[i] = 2 * i;
            odd[i] = 2 * i + 1;
        }
        List<String> phrases = extractor.distinguishingFromRestAndOpposite(even, odd, 8);

        assertTrue(phrases.contains("safe havens"), phrases.toString());
        assertFalse(phrases.contains("safe"), phrases.toString());
        assertFalse(phrases.contains("havens"), phrases.toString());
    }

    @Test
    void twoGroupsWithTheSameWordsHaveNoKeyphrases() {
        List<String> texts = List.of("border raid reported", "border raid reported", "border raid reported",
                "border raid reported");
        KeyphraseExtractor extractor = new KeyphraseExtractor(texts);

        assertTrue(extractor.distinguishingFromRestAndOpposite(new int[] {0, 1}, new int[] {2, 3}, 8).isEmpty());
    }

    @Test
    void aPhraseTheOppositeFrameUsesMoreIsNotKeyEvenWhenRareElsewhere() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            texts.add("parking shortage worries shop owners, note " + i);
            texts.add("parking shortage and parking fees anger drivers, note " + i);
            texts.add("weather forecast for the weekend, note " + i);
        }
        KeyphraseExtractor extractor = new KeyphraseExtractor(texts);
        int[] owners = new int[10];
        int[] drivers = new int[10];
        for (int i = 0; i < 10; i++) {
            owners[i] = 3 * i;
            drivers[i] = 3 * i + 1;
        }
        List<String> phrases = extractor.distinguishingFromRestAndOpposite(owners, drivers, 8);

        assertTrue(phrases.contains("shop owners"), phrases.toString());
        assertFalse(phrases.stream().anyMatch(p -> p.contains("parking")), phrases.toString());
    }

    private static int[] range(int from, int to) {
        int[] range = new int[to - from];
        for (int i = from; i < to; i++) {
            range[i - from] = i;
        }
        return range;
    }
}
