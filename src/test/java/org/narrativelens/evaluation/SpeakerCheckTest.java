package org.narrativelens.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.narrativelens.stance.Interval;
import org.narrativelens.stance.SpeakerScore;

class SpeakerCheckTest {

    @Test
    void namesMatchByLastWordAndContainedWords() {
        assertTrue(SpeakerCheck.matches("Amir Khan Muttaqi", "Mawlawi Amir Khan Muttaqi"));
        assertTrue(SpeakerCheck.matches("Zabihullah Mujahid", "Mujahid"));
        assertFalse(SpeakerCheck.matches("Sarah Adams", "John Adams"));
        assertFalse(SpeakerCheck.matches("Naseem Baloch", "Baloch National Movement"));
    }

    @Test
    void formsOfOneNameArePooledByPassages() {
        List<SpeakerScore> speakers = List.of(speaker("Mujahid", 0.6, 1), speaker("Zabihullah Mujahid", -0.3, 2),
                speaker("Ellen Park", -0.5, 1));
        List<SpeakerCheck.Row> rows = SpeakerCheck.rows(speakers,
                Map.of("Zabihullah Mujahid", "B", "Sarah Adams", "A"), "A");
        assertFalse(rows.get(0).found(), "Sarah Adams is not among the speakers");
        SpeakerCheck.Row mujahid = rows.get(1);
        assertEquals(List.of("Mujahid", "Zabihullah Mujahid"), mujahid.matched());
        assertEquals(0.0, mujahid.stance(), 1e-12);
        assertEquals(3, mujahid.passages());
        assertFalse(mujahid.right(), "0 is on neither side");
    }

    private static SpeakerScore speaker(String name, double stance, int passages) {
        return new SpeakerScore(name, null, stance, new Interval(stance, stance), passages, passages, 0,
                List.of(new SpeakerScore.QuotingSource("s", passages)), List.of());
    }
}
