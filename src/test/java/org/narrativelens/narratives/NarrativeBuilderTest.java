package org.narrativelens.narratives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.narrativelens.statements.Attitude;

/** Narratives from invented statements, with the real model for action senses. */
class NarrativeBuilderTest {

    private static final String P = "Pakistan";
    private static final String K = "ISIS-K";

    private final NarrativeBuilder builder = new NarrativeBuilder(2, 5);

    /** Two outlets: Pakistan counters ISIS-K, the Taliban's accusation is false; a third: Pakistan shelters it. */
    private static List<PlacedStatement> contested() {
        Claims a = Claims.in("outlet-a", 1);
        Claims b = Claims.in("outlet-b", 2);
        Claims c = Claims.in("outlet-c", 3);
        return List.of(
                a.says(P, "dismantle", K), a.says(P, "arrest", K),
                a.reports("the Taliban", Attitude.DISPUTES, P, "harbour", K),
                b.says(P, "fight", K), b.says(P, "dismantle", K),
                b.reports("the Taliban", Attitude.DISPUTES, P, "shelter", K),
                c.says(P, "shelter", K), c.says(P, "shelter", K), c.says(P, "fund", K),
                c.says(K, "attack", "civilians"), a.says("the mayor", "visit", "the market"));
    }

    private NarrativeSet build(List<PlacedStatement> statements, List<List<PlacedStatement>> guides) {
        List<PlacedStatement> all = new ArrayList<>(statements);
        guides.forEach(all::addAll);
        ActionLexicon lexicon = ActionLexicon.of(all.stream().map(PlacedStatement::action).toList(), ModelEncoder.get());
        return builder.build(statements, guides, lexicon);
    }

    private static Narrative labelled(NarrativeSet set, String label) {
        return set.narratives().stream().filter(n -> n.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no narrative '" + label + "' in "
                        + set.narratives().stream().map(Narrative::label).toList()));
    }

    @Test
    void countersAndSheltersAreTwoOpposingNarrativesWithStatementLabels() {
        NarrativeSet set = build(contested(), List.of());

        Narrative counters = labelled(set, "Pakistan dismantles ISIS-K");
        Narrative shelters = labelled(set, "Pakistan shelters ISIS-K");
        assertEquals(List.of(shelters.id()), counters.opposes());
        assertEquals(List.of(counters.id()), shelters.opposes());
        assertEquals(5, shelters.statements());
        assertEquals(Set.of("outlet-a", "outlet-b", "outlet-c"),
                shelters.exemplars().stream().map(Narrative.NarrativeExemplar::source).collect(Collectors.toSet()));
    }

    @Test
    void sourcesAssertReportOrDisputeAndSpeakersHoldTheirClaims() {
        Narrative shelters = labelled(build(contested(), List.of()), "Pakistan shelters ISIS-K");

        Narrative.SourceStand a = shelters.sources().get(0);
        assertEquals(new Narrative.SourceStand("outlet-a", 0, 0, 1, -1.0), a);
        assertEquals(new Narrative.SourceStand("outlet-c", 3, 0, 0, 1.0), shelters.sources().get(2));
        assertEquals(List.of(new Narrative.SpeakerStand("the Taliban", 2, 0)), shelters.speakers());
    }

    @Test
    void aNarrativeMostlyDeniedIsLabelledNegated() {
        Claims a = Claims.in("gazette", 1);
        Claims b = Claims.in("herald", 2);
        NarrativeSet set = build(List.of(a.denies("the bike lane", "remove", "parking"),
                b.denies("the bike lane", "remove", "parking"), b.says("the bike lane", "remove", "parking")),
                List.of());

        Narrative lane = labelled(set, "The bike lane does not remove parking");
        assertTrue(lane.negated());
        assertEquals(new Narrative.SourceStand("herald", 1, 0, 1, 0.0), lane.sources().get(1));
    }

    @Test
    void aSpeakersDenialCountsAgainstForThemAndNeitherWayForTheSource() {
        Claims a = Claims.in("gazette", 1);
        NarrativeSet set = build(List.of(a.says(P, "shelter", K), a.says(P, "shelter", K),
                a.reportsDenial("Islamabad", P, "shelter", K)), List.of());

        Narrative shelters = labelled(set, "Pakistan shelters ISIS-K");
        assertEquals(new Narrative.SourceStand("gazette", 2, 1, 0, 1.0), shelters.sources().get(0));
        assertEquals(List.of(new Narrative.SpeakerStand("Islamabad", 0, 1)), shelters.speakers());
    }

    @Test
    void aLoneClaimContradictingAToldNarrativeIsKept() {
        Claims a = Claims.in("outlet-a", 1);
        Claims b = Claims.in("outlet-b", 2);
        NarrativeSet set = build(List.of(a.says(P, "dismantle", K), b.says(P, "arrest", K),
                b.reports("the Taliban", Attitude.REPORTS, P, "shelter", K)), List.of());

        Narrative shelters = labelled(set, "Pakistan shelters ISIS-K");
        assertEquals(1, shelters.statements());
        assertEquals(List.of(labelled(set, "Pakistan arrests ISIS-K").id()), shelters.opposes());
    }

    @Test
    void unrelatedNarrativesDoNotOpposeAndSingleStatementsFormNone() {
        NarrativeSet set = build(contested(), List.of());

        assertFalse(set.narratives().stream().anyMatch(n -> n.label().contains("visits")));
        assertFalse(set.narratives().stream().anyMatch(n -> n.label().contains("attacks")));
        assertEquals(2, set.narratives().size());
    }

    @Test
    void theGuidesMapToTheirNearestNarrativesWhichThenOppose() {
        Claims a = Claims.in("outlet-a", 1);
        Claims b = Claims.in("outlet-b", 2);
        // no holder disputes anything and the actions are of no contrary classes: only the guides oppose them
        List<PlacedStatement> statements = List.of(a.says(P, "pressure", K), a.says(P, "pressure", K),
                b.says(P, "tolerate", K), b.says(P, "tolerate", K));
        Claims guide = Claims.in("guide", 0);

        NarrativeSet unguided = build(statements, List.of());
        NarrativeSet guided = build(statements, List.of(List.of(guide.says(P, "pressure", K)),
                List.of(guide.says("Kabul", "blame", P), guide.says(P, "tolerate", K))));

        assertTrue(unguided.narratives().stream().allMatch(n -> n.opposes().isEmpty()));
        Narrative pressures = labelled(guided, "Pakistan pressures ISIS-K");
        Narrative tolerates = labelled(guided, "Pakistan tolerates ISIS-K");
        assertEquals(List.of(pressures.id(), tolerates.id()), guided.guideNarratives());
        assertEquals(List.of(tolerates.id()), pressures.opposes());
        assertNotNull(guided.narrativeOf().get(statements.get(0)));
    }
    @Test
    void aGuidedNarrativeIsWordedAsItsGuideWordsIt() {
        Claims a = Claims.in("gazette", 1);
        Claims b = Claims.in("herald", 2);
        Claims guide = Claims.in("guide", 0);
        List<PlacedStatement> statements = List.of(a.denies("the bike lane", "remove", "parking"),
                a.denies("the bike lane", "remove", "parking"), b.says("the bike lane", "remove", "parking"),
                a.says("the bike lane", "protect", "rider"), a.says("the bike lane", "protect", "rider"));

        NarrativeSet set = build(statements, List.of(List.of(guide.says("the bike lane", "protect", "rider")),
                List.of(guide.says("the bike lane", "remove", "parking"))));

        Narrative removes = labelled(set, "The bike lane removes parking");
        assertEquals(removes.id(), set.guideNarratives().get(1));
        assertEquals(new Narrative.SourceStand("gazette", 0, 0, 2, -1.0), removes.sources().get(0),
                "who denies it disputes the guide's narrative");
        ClaimAxis axis = ClaimAxis.choose(set, Map.of(), Map.of());
        assertEquals(-1.0, ClaimLeans.bySource(set, axis).get("gazette").value(), 1e-12,
                "denying the burden and asserting the protection both count for side A");
        assertEquals(1.0, ClaimLeans.bySource(set, axis).get("herald").value(), 1e-12);
    }
}
