package org.narrativelens.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.narrativelens.frames.ScoredPassage;
import org.narrativelens.text.PassageVoice;
import org.narrativelens.text.Speaker;
import org.narrativelens.text.Voice;

class SpeakerScoresTest {

    @Test
    void speakersAreScoredOnWhatTheySayWithTheSourcesThatQuoteThem() {
        Speaker park = new Speaker("Ellen Park", "Mayor", 0, 10);
        List<ScoredPassage> passages = List.of(
                new ScoredPassage(1, 1, "daily", 0, 5, "a", "f0", -0.9, 1, PassageVoice.AUTHOR, -0.9, 1),
                new ScoredPassage(2, 1, "daily", 5, 9, "b", "f0", 0.1, 1, new PassageVoice(Voice.QUOTED, park), 0.6, 1),
                new ScoredPassage(3, 2, "weekly", 0, 5, "c", "f1", 0.2, 1,
                        new PassageVoice(Voice.REPORTED, park), 0.4, 1),
                new ScoredPassage(4, 2, "weekly", 5, 9, "d", "f1", 0.3, 1, new PassageVoice(Voice.QUOTED, null), 0.3,
                        1));
        List<SpeakerScore> speakers = new StanceScorer(List.of("f0", "f1"), 200, 3, 7L).speakers(passages);

        assertEquals(1, speakers.size(), "the author and the unknown speaker are not speakers");
        SpeakerScore score = speakers.get(0);
        assertEquals("Ellen Park", score.name());
        assertEquals("Mayor", score.description());
        assertEquals(0.5, score.stance(), 1e-12, "mean of the speech stances, not the passages'");
        assertEquals(2, score.passages());
        assertEquals(1, score.quoted());
        assertEquals(1, score.reported());
        assertEquals(List.of(new SpeakerScore.QuotingSource("daily", 1), new SpeakerScore.QuotingSource("weekly", 1)),
                score.sources());
        assertEquals(List.of(2L, 3L), score.evidence().stream().map(Evidence::passageId).toList());
        assertEquals(score, new StanceScorer(List.of("f0", "f1"), 200, 3, 7L).speakers(passages).get(0));
    }
}
