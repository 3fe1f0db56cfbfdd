package org.narrativelens.narratives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.narrativelens.narratives.ClaimLeans.Lean;
import org.narrativelens.statements.Attitude;

/** The claim axis, leans and their combination with vector stances, on invented statements. */
class ClaimStanceTest {

    private static final String P = "Pakistan";
    private static final String K = "ISIS-K";

    /** outlet-a and outlet-b: Pakistan counters ISIS-K and the Taliban's accusation is false; outlet-c: shelters. */
    private static NarrativeSet contested(List<List<PlacedStatement>> guides) {
        Claims a = Claims.in("outlet-a", 1);
        Claims b = Claims.in("outlet-b", 2);
        Claims c = Claims.in("outlet-c", 3);
        List<PlacedStatement> statements = List.of(a.says(P, "dismantle", K),
                a.reports("the Taliban", Attitude.DISPUTES, P, "harbour", K),
                b.says(P, "fight", K), b.reports("Mr Khan", Attitude.REPORTS, P, "dismantle", K),
                c.says(P, "shelter", K), c.says(P, "shelter", K));
        List<PlacedStatement> all = new ArrayList<>(statements);
        guides.forEach(all::addAll);
        ActionLexicon lexicon = ActionLexicon.of(all.stream().map(PlacedStatement::action).toList(),
                ModelEncoder.get());
        return new NarrativeBuilder(2, 5).build(statements, guides, lexicon);
    }

    @Test
    void oneAnchorOrientsTheOpposingPairAndTheOtherSourceLandsOpposite() {
        NarrativeSet set = contested(List.of());
        // the vector signal puts outlet-c with outlet-a: only the claims separate them
        ClaimAxis axis = ClaimAxis.choose(set, Map.of("A", List.of("outlet-a")), Map.of());

        assertEquals("Pakistan dismantles ISIS-K", axis.a().label());
        Map<String, Lean> leans = ClaimLeans.bySource(set, axis);
        assertEquals(new Lean(-1, 2), leans.get("outlet-a"));
        assertEquals(new Lean(-1, 1), leans.get("outlet-b"));
        assertEquals(new Lean(1, 2), leans.get("outlet-c"));
        assertTrue(ClaimStance.combine(-0.6, leans.get("outlet-c")) > 0);
        assertEquals(-1, ClaimStance.combine(-1, leans.get("outlet-b")), 1e-12);
    }

    @Test
    void speakersLeanByWhatTheyClaimAndDocumentsByWhatTheirAuthorsHold() {
        NarrativeSet set = contested(List.of());
        ClaimAxis axis = ClaimAxis.choose(set, Map.of(), Map.of("outlet-c", -0.5));

        assertEquals("Pakistan shelters ISIS-K", axis.a().label(), "oriented to agree with the vector stances");
        Map<String, Lean> speakers = ClaimLeans.bySpeaker(set, axis);
        assertEquals(new Lean(-1, 1), speakers.get("the Taliban"));
        assertEquals(new Lean(1, 1), speakers.get("Mr Khan"));
        assertEquals(new Lean(1, 2), ClaimLeans.byDocument(set, axis).get(1L));
    }

    @Test
    void theGuidesChooseTheAxis() {
        Claims guide = Claims.in("guide", 0);
        NarrativeSet set = contested(List.of(List.of(guide.says(P, "shelter", K)),
                List.of(guide.says(P, "counter", K))));

        ClaimAxis axis = ClaimAxis.choose(set, Map.of("A", List.of("outlet-a")), Map.of());
        assertEquals("Pakistan shelters ISIS-K", axis.a().label());
        assertEquals("Pakistan dismantles ISIS-K", axis.b().label());
    }

    @Test
    void noOpposingPairNoAxisAndHoldersWithoutClaimsKeepTheirStance() {
        Claims a = Claims.in("outlet-a", 1);
        List<PlacedStatement> statements = List.of(a.says(P, "visit", K), a.says(P, "visit", K));
        ActionLexicon lexicon = ActionLexicon.of(List.of("visit"), ModelEncoder.get());
        NarrativeSet set = new NarrativeBuilder(2, 5).build(statements, List.of(), lexicon);

        assertNull(ClaimAxis.choose(set, Map.of(), Map.of()));
        assertEquals(0.3, ClaimStance.combine(0.3, null));
    }

    @Test
    void descriptionsWithoutAPatientDoNotStandForTheAxis() {
        // "rates are high" against "rates are low": the sources split, but nobody does anything to anyone
        assertNull(ClaimAxis.choose(opposed(null), Map.of(), Map.of()));
        assertEquals("rate high taxpayer", ClaimAxis.choose(opposed("taxpayer"), Map.of(), Map.of()).a().label());
    }

    @Test
    void anotherActionOfOneSidesClassAndTheSameAgentAndPatientTakesThatSide() {
        Claims d = Claims.in("outlet-d", 4);
        Claims e = Claims.in("outlet-e", 5);
        PlacedStatement confronts = d.says(P, "confront", K);
        PlacedStatement funds = e.says(P, "fund", K);
        PlacedStatement talibanFights = e.says("Taliban", "fight", K);
        Narrative dismantle = narrative("n0", P, "dismantle", K);
        Narrative shelter = narrative("n1", P, "shelter", K);
        NarrativeSet set = new NarrativeSet(List.of(dismantle, shelter, narrative("n2", P, "confront", K),
                narrative("n3", P, "fund", K), narrative("n4", "Taliban", "fight", K)),
                Map.of(confronts, "n2", funds, "n3", talibanFights, "n4"), List.of());
        Map<String, ActionClass> classes = Map.of("dismantle", ActionClass.COUNTER, "confront", ActionClass.COUNTER,
                "fight", ActionClass.COUNTER, "shelter", ActionClass.SUPPORT, "fund", ActionClass.SUPPORT);

        ClaimAxis axis = new ClaimAxis(dismantle, shelter).withKin(set, classes::get);
        Map<String, Lean> leans = ClaimLeans.bySource(set, axis);
        assertEquals(new Lean(-1, 1), leans.get("outlet-d"));
        assertEquals(new Lean(1, 1), leans.get("outlet-e"), "the Taliban's fight is another agent's: not counted");

        ClaimAxis sameClass = new ClaimAxis(dismantle, narrative("n4", "Taliban", "fight", K)).withKin(set, classes::get);
        assertTrue(sameClass.kin().isEmpty(), "a pair of one class says nothing of other actions");
    }

    private static Narrative narrative(String id, String agent, String action, String patient) {
        return new Narrative(id, agent + " " + action + " " + patient, agent, action, patient, false, List.of(), 1,
                List.of(), List.of(), List.of());
    }

    private static NarrativeSet opposed(String patient) {
        Narrative high = new Narrative("n0", "rate high " + patient, "rate", "high", patient, false, List.of("n1"), 2,
                List.of(new Narrative.SourceStand("outlet-a", 2, 0, 0, 1)), List.of(), List.of());
        Narrative low = new Narrative("n1", "rate low " + patient, "rate", "low", patient, false, List.of("n0"), 2,
                List.of(new Narrative.SourceStand("outlet-b", 2, 0, 0, 1)), List.of(), List.of());
        return new NarrativeSet(List.of(high, low), Map.of(), List.of());
    }
}
