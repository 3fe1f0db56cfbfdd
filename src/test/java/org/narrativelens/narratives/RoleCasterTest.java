package org.narrativelens.narratives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.narrativelens.narratives.RoleScores.Role;
import org.narrativelens.statements.Attitude;

/** Roles from invented statements, with the real model for action classes. */
class RoleCasterTest {

    private static List<RoleScores> cast(List<PlacedStatement> statements) {
        ActionLexicon lexicon = ActionLexicon.of(statements.stream().map(PlacedStatement::action).toList(),
                ModelEncoder.get());
        return new RoleCaster().cast(statements, lexicon, ModelEncoder.get());
    }

    private static RoleScores.Roles roles(List<RoleScores> scores, String entity) {
        return scores.stream().filter(s -> s.entity().equals(entity)).findFirst().orElseThrow().roles();
    }

    @Test
    void harmCastsAVillainAndAVictimAndCounteringAHero() {
        Claims a = Claims.in("outlet-a", 1);
        List<RoleScores> scores = cast(List.of(a.says("the gang", "attack", "shopkeepers"),
                a.says("the police", "arrest", "the gang")));

        assertEquals(new RoleScores.Roles(0, 2, 0), roles(scores, "the gang"));
        assertEquals(new RoleScores.Roles(0, 0, 1), roles(scores, "shopkeepers"));
        assertEquals(new RoleScores.Roles(1, 0, 0), roles(scores, "the police"));
    }

    @Test
    void counteringWhatNeverActsMakesNoVillainAndAHeroOnlyAgainstAHarm() {
        Claims a = Claims.in("outlet-a", 1);
        List<RoleScores> scores = cast(List.of(a.says("the tram", "reduce", "injuries"),
                a.says("the ordinance", "remove", "benches")));

        assertEquals(List.of("the tram"), scores.stream().map(RoleScores::entity).toList());
        assertEquals(new RoleScores.Roles(1, 0, 0), roles(scores, "the tram"));
    }

    @Test
    void helpingAVictimIsHeroicAndShelteringAVillainIsNot() {
        Claims a = Claims.in("outlet-a", 1);
        List<RoleScores> scores = cast(List.of(a.says("ISIS-K", "bomb", "a mosque"),
                a.says("Pakistan", "shelter", "ISIS-K"), a.says("volunteers", "rescue", "a mosque")));

        assertEquals(new RoleScores.Roles(0, 1, 0), roles(scores, "Pakistan"));
        assertEquals(new RoleScores.Roles(1, 0, 0), roles(scores, "volunteers"));
        assertEquals(new RoleScores.Roles(0, 0, 2), roles(scores, "a mosque"));
    }

    @Test
    void negationAndDisputeCountAgainstAndReportsCountHalf() {
        Claims a = Claims.in("outlet-a", 1);
        Claims b = Claims.in("outlet-b", 2);
        List<RoleScores> scores = cast(List.of(a.denies("the bike lane", "hurt", "businesses"),
                b.reports("a shop owner", Attitude.REPORTS, "the bike lane", "hurt", "businesses"),
                b.reports("a critic", Attitude.DISPUTES, "the bike lane", "hurt", "businesses")));

        RoleScores lane = scores.stream().filter(s -> s.entity().equals("the bike lane")).findFirst().orElseThrow();
        assertEquals(-1.5, lane.roles().villain(), 1e-9);
        assertEquals(new RoleScores.SourceRoles("outlet-a", 0, -1, 0), lane.bySource().get(0));
        assertTrue(lane.casts().isEmpty(), "no document casts the lane as a villain: " + lane.casts());
    }

    @Test
    void eachDocumentCastsWithTheOffsetsOfTheMention() {
        Claims a = Claims.in("outlet-a", 7);
        PlacedStatement attack = a.says("the gang", "attack", "shopkeepers");
        RoleScores gang = cast(List.of(attack)).get(1);

        assertEquals("the gang", gang.entity());
        assertEquals(List.of(new RoleScores.RoleCast(7, "outlet-a", Role.VILLAIN, 1.0,
                attack.statement().agent().start(), attack.statement().agent().end())), gang.casts());
    }

    @Test
    void actionsOfNoClassCastNobody() {
        Claims a = Claims.in("outlet-a", 1);
        assertTrue(cast(List.of(a.says("the mayor", "visit", "the market"))).isEmpty());
    }
}
