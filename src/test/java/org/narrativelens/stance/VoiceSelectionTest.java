package org.narrativelens.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.narrativelens.frames.ScoredPassage;
import org.narrativelens.text.PassageVoice;
import org.narrativelens.text.Speaker;
import org.narrativelens.text.Voice;

class VoiceSelectionTest {

    private static final PassageVoice MUJAHID = new PassageVoice(Voice.REPORTED,
            new Speaker("Zabihullah Mujahid", null, 0, 7));

    @Test
    void byDefaultSourcesAndDocumentsCountTheAuthorsVoiceOnly() {
        List<ScoredPassage> scored = List.of(passage(1, 10, "outlet", PassageVoice.AUTHOR),
                passage(2, 10, "outlet", MUJAHID), passage(3, 10, "outlet", PassageVoice.AUTHOR));
        VoiceSelection selection = VoiceSelection.select(scored, false);
        assertEquals(List.of(1L, 3L), selection.forSources().stream().map(ScoredPassage::passageId).toList());
        assertEquals(List.of(1L, 3L), selection.forDocuments().stream().map(ScoredPassage::passageId).toList());
        assertTrue(selection.notes().get(0).startsWith("1 of 3 passages are quoted or reported speech"));
    }

    @Test
    void everyVoiceOnRequest() {
        List<ScoredPassage> scored = List.of(passage(1, 10, "outlet", PassageVoice.AUTHOR),
                passage(2, 10, "outlet", MUJAHID));
        assertEquals(scored, VoiceSelection.select(scored, true).forSources());
    }

    @Test
    void aSourceWithOnlyQuotesKeepsThemAndSaysSo() {
        List<ScoredPassage> scored = List.of(passage(1, 10, "outlet", PassageVoice.AUTHOR),
                passage(2, 20, "transcripts", MUJAHID));
        VoiceSelection selection = VoiceSelection.select(scored, false);
        assertEquals(List.of(1L, 2L), selection.forSources().stream().map(ScoredPassage::passageId).toList());
        assertTrue(selection.notes().stream().anyMatch(n -> n.contains("[transcripts]")), selection.notes().toString());
    }

    private static ScoredPassage passage(long id, long document, String source, PassageVoice voice) {
        return new ScoredPassage(id, document, source, 0, 5, "text", "f0", 0.5, 1, voice, 0.5, 1);
    }
}
