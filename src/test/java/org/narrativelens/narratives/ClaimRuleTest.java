package org.narrativelens.narratives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The claim axis kept as a rule places statements of new documents as the analysis placed its own. */
class ClaimRuleTest {

    private static final String P = "Pakistan";
    private static final String K = "ISIS-K";
    private static final Map<String, ActionClass> CLASSES = Map.of("dismantle", ActionClass.COUNTER,
            "arrest", ActionClass.COUNTER, "confront", ActionClass.COUNTER, "shelter", ActionClass.SUPPORT,
            "harbour", ActionClass.SUPPORT, "fund", ActionClass.SUPPORT);

    @Test
    void theRuleKeepsTheLemmasOfThePairAndItsKinAndClassifiesUnseenOnes() {
        Claims a = Claims.in("outlet-a", 1);
        PlacedStatement dismantles = a.says(P, "dismantle", K);
        PlacedStatement arrests = a.says(P, "arrest", K);
        PlacedStatement shelters = a.says(P, "shelter", K);
        PlacedStatement funds = a.says(P, "fund", K);
        Narrative counter = narrative("n0", "dismantle");
        Narrative support = narrative("n1", "shelter");
        NarrativeSet set = new NarrativeSet(List.of(counter, support, narrative("n2", "fund")),
                Map.of(dismantles, "n0", arrests, "n0", shelters, "n1", funds, "n2"), List.of());

        ClaimRule rule = ClaimRule.of(new ClaimAxis(counter, support).withKin(set, CLASSES::get), set, CLASSES::get);

        assertEquals(List.of("arrest", "dismantle", "fund", "shelter"), rule.actions());
        Claims b = Claims.in("outlet-b", 2);
        assertEquals(-1, rule.side(b.says(P, "arrest", K), CLASSES::get));
        assertEquals(1, rule.side(b.says(P, "fund", K), CLASSES::get), "a kin narrative's lemma");
        assertEquals(-1, rule.side(b.says(P, "confront", K), CLASSES::get), "unseen, of side A's class");
        assertEquals(1, rule.side(b.says(P, "harbour", K), CLASSES::get), "unseen, of side B's class");
        assertEquals(0, rule.side(b.says(P, "visit", K), CLASSES::get), "unseen, of no class");
        assertEquals(0, rule.side(b.says("Kabul", "arrest", K), CLASSES::get), "other parties");
    }

    @Test
    void aPairOfOneClassPlacesOnlyItsOwnLemmasAndNoAxisNoRule() {
        Claims a = Claims.in("outlet-a", 1);
        PlacedStatement dismantles = a.says(P, "dismantle", K);
        PlacedStatement arrests = a.says(P, "arrest", K);
        Narrative dismantle = narrative("n0", "dismantle");
        Narrative arrest = narrative("n1", "arrest");
        NarrativeSet set = new NarrativeSet(List.of(dismantle, arrest), Map.of(dismantles, "n0", arrests, "n1"),
                List.of());

        ClaimRule rule = ClaimRule.of(new ClaimAxis(dismantle, arrest), set, CLASSES::get);

        assertNull(rule.classA());
        assertEquals(1, rule.side(Claims.in("outlet-b", 2).says(P, "arrest", K), CLASSES::get));
        assertEquals(0, rule.side(Claims.in("outlet-b", 2).says(P, "confront", K), CLASSES::get));
        assertNull(ClaimRule.of(null, set, CLASSES::get));
    }

    private static Narrative narrative(String id, String action) {
        return new Narrative(id, P + " " + action + " " + K, P, action, K, false, List.of(), 1, List.of(), List.of(),
                List.of());
    }
}
