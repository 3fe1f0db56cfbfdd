package org.narrativelens.narratives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.narrativelens.stance.PassageScore;
import org.narrativelens.statements.Attitude;

/** Passage stances turned by what their statements deny, on invented statements. */
class PassagePolarityTest {

    private static PassageScore passage(long id, double stance) {
        return new PassageScore(id, 7, "f1", stance, 1, "author", null);
    }

    private static PassagePolarity.Span around(List<PlacedStatement> statements) {
        int start = statements.get(0).statement().sentenceStart();
        int end = statements.get(statements.size() - 1).statement().sentenceEnd() + 1;
        return new PassagePolarity.Span(7, start, end);
    }

    @Test
    void aPassageThatDeniesEverythingItNamesChangesSide() {
        Claims doc = Claims.in("outlet", 7);
        List<PlacedStatement> denials = List.of(doc.denies("the lane", "remove", "parking"),
                doc.denies("the lane", "hurt", "business"));
        List<PassageScore> out = PassagePolarity.apply(List.of(passage(1, 0.9)), denials,
                Map.of(1L, around(denials)));
        assertEquals(-0.9, out.get(0).stance(), 1e-12);
    }

    @Test
    void aMixedPassageMovesTowardZeroAndADisputedClaimCountsAsDenied() {
        Claims doc = Claims.in("outlet", 7);
        List<PlacedStatement> mixed = List.of(doc.says("the lane", "cut", "crash"),
                doc.reports("critics", Attitude.DISPUTES, "the lane", "hurt", "business"),
                doc.denies("the lane", "remove", "parking"), doc.says("the council", "build", "the lane"));
        List<PassageScore> out = PassagePolarity.apply(List.of(passage(1, 0.8)), mixed, Map.of(1L, around(mixed)));
        assertEquals(0.0, out.get(0).stance(), 1e-12);
    }

    @Test
    void passagesWithoutStatementsOrThatAffirmAllKeepTheirStance() {
        Claims doc = Claims.in("outlet", 7);
        List<PlacedStatement> affirmed = List.of(doc.says("the lane", "cut", "crash"));
        PassageScore inside = passage(1, 0.4);
        PassageScore elsewhere = passage(2, -0.3);
        List<PassageScore> out = PassagePolarity.apply(List.of(inside, elsewhere), affirmed,
                Map.of(1L, around(affirmed), 2L, new PassagePolarity.Span(7, 100_000, 100_100)));
        assertSame(inside, out.get(0));
        assertSame(elsewhere, out.get(1));
    }
}
