package org.narrativelens.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LogOddsZTest {

    @Test
    void aPhraseOneGroupUsesMoreGetsASignedZAndSharedPhrasesStayNearZero() {
        Map<String, Integer> a = Map.of("undocumented immigrants", 12, "border", 20, "bill", 10);
        Map<String, Integer> b = Map.of("illegal aliens", 12, "border", 20, "bill", 10);
        Map<String, Integer> reference = Map.of("undocumented immigrants", 12, "illegal aliens", 12, "border", 40,
                "bill", 20);

        Map<String, Double> z = LogOddsZ.bOverA(a, b, reference);

        assertTrue(z.get("illegal aliens") > 2, z.toString());
        assertTrue(z.get("undocumented immigrants") < -2, z.toString());
        assertEquals(-z.get("illegal aliens"), z.get("undocumented immigrants"), 1e-12);
        assertEquals(0, z.get("border"), 1e-9);
        assertEquals(0, z.get("bill"), 1e-9);
    }

    @Test
    void theSameDifferenceInRarePhrasesWeighsLessThanInCommonOnes() {
        Map<String, Integer> a = Map.of("rare", 1, "common", 30, "filler", 100);
        Map<String, Integer> b = Map.of("rare", 2, "common", 60, "filler", 100);
        Map<String, Integer> reference = Map.of("rare", 3, "common", 90, "filler", 200);

        Map<String, Double> z = LogOddsZ.bOverA(a, b, reference);

        assertTrue(z.get("common") > z.get("rare"), z.toString());
        assertTrue(z.get("rare") > 0, z.toString());
    }

    @Test
    void onlyReferencePhrasesAreScoredAndAnEmptyGroupScoresNothing() {
        Map<String, Double> z = LogOddsZ.bOverA(Map.of("x", 3, "y", 1), Map.of("x", 1, "y", 3), Map.of("x", 4));
        assertEquals(java.util.Set.of("x"), z.keySet());
        assertTrue(LogOddsZ.bOverA(Map.of(), Map.of("x", 1), Map.of("x", 1)).isEmpty());
    }
}
