package org.narrativelens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Voices and speakers on invented news text, one construction per test, through the real segmenter. */
class VoiceAnnotatorTest {

    private static final PassageSegmenter SEGMENTER = new PassageSegmenter(SegmenterSettings.defaults());

    @Test
    void theAuthorsOwnProseHasNoSpeaker() {
        Passage passage = only("The lane opened on Monday after two years of debate at city hall.");
        assertEquals(Voice.AUTHOR, passage.voice().voice());
        assertNull(passage.voice().speaker());
    }

    @Test
    void aQuoteSpanningSentencesIsOnePassageOfItsSpeaker() {
        String text = "“The bridge is safe. We inspected every single bolt on it twice this spring, and the report is"
                + " public,” Mayor Ellen Park said.";
        List<Passage> passages = passages(text);
        assertEquals(1, passages.size(), "both sentences of the quote share a passage");
        assertSpeaker(passages.get(0), Voice.QUOTED, "Ellen Park");
        Speaker speaker = passages.get(0).voice().speaker();
        assertEquals(text.indexOf("Ellen Park"), speaker.start());
        assertEquals("Ellen Park", text.substring(speaker.start(), speaker.end()));
        assertTrue(speaker.description().contains("Mayor"), speaker.description());
    }

    @Test
    void nestedQuotesStayInsideTheOuterQuote() {
        String text = "“The council called the plan ‘a reckless gamble’ and we agree with every word of that,” said Tom"
                + " Reyes, a local shop owner.";
        Passage passage = only(text);
        assertSpeaker(passage, Voice.QUOTED, "Tom Reyes");
        assertEquals("a local shop owner", passage.voice().speaker().description());
        assertEquals(List.of(new QuoteScanner.Quote(0, text.indexOf("”") + 1)), QuoteScanner.scan(text, 0,
                text.length()), "one outer quote; the inner one does not end it");
    }

    @Test
    void saidBeforeTheQuote() {
        Passage passage = only("Ellen Park said: “Nobody will lose a parking space on Main Street this year.”");
        assertSpeaker(passage, Voice.QUOTED, "Ellen Park");
        assertEquals("Nobody will lose a parking space on Main Street this year.", passage.embeddingText());
    }

    @Test
    void saidAfterTheQuoteAndALaterSurnameResolveToTheSamePerson() {
        String text = "Tom Reyes runs the hardware store on Main Street.\n"
                + "“We will lose half of our customers before the winter comes,” Reyes said.";
        List<Passage> passages = passages(text);
        assertEquals(Voice.AUTHOR, passages.get(0).voice().voice());
        assertSpeaker(passages.get(1), Voice.QUOTED, "Tom Reyes");
        Speaker speaker = passages.get(1).voice().speaker();
        assertEquals("Reyes", text.substring(speaker.start(), speaker.end()), "offsets point at the mention");
    }

    @Test
    void accordingTo() {
        String text = "According to transport analyst Maria Lind, the lane will cut commuting times by a fifth.";
        Passage passage = only(text);
        assertSpeaker(passage, Voice.REPORTED, "Maria Lind");
        assertEquals("transport analyst", passage.voice().speaker().description());
        assertEquals("the lane will cut commuting times by a fifth.", passage.embeddingText());
    }

    @Test
    void reportingVerbsWithThat() {
        for (String verb : List.of("said", "claimed", "asserted", "alleged")) {
            String text = "Council member Dana Ortiz " + verb + " that the survey of shop owners was rigged from the"
                    + " start.";
            Passage passage = only(text);
            assertSpeaker(passage, Voice.REPORTED, "Dana Ortiz");
            assertEquals("the survey of shop owners was rigged from the start.", passage.embeddingText(), verb);
        }
    }

    @Test
    void aQuoteFollowedBySpeakerSaidAndAPronounRightAfter() {
        String text = "Council member Dana Ortiz voted against the plan in March.\n"
                + "“We will take the city to court over this lane,” Ortiz said.\n"
                + "“We measured the traffic twice and the numbers do not lie,” she added.";
        List<Passage> passages = passages(text);
        assertSpeaker(passages.get(1), Voice.QUOTED, "Dana Ortiz");
        assertSpeaker(passages.get(2), Voice.QUOTED, "Dana Ortiz");
    }

    @Test
    void aSubjectSetOffByAnAsideStillSpeaks() {
        Passage passage = only("In May, the cycling club’s chairman, Omar Haddad, in his remarks during a City Hall"
                + " hearing said that the lane saves lives.");
        assertSpeaker(passage, Voice.REPORTED, "Omar Haddad");
        assertEquals("the cycling club’s chairman", passage.voice().speaker().description());
    }

    @Test
    void anUnattributedQuoteHasNoSpeaker() {
        Passage passage = only("“This is the end of the high street as we have always known it.”");
        assertEquals(Voice.QUOTED, passage.voice().voice());
        assertNull(passage.voice().speaker(), "never a guess");
    }

    @Test
    void anUnnamedSpeakerStaysUnknown() {
        Passage quoted = only("“It will never work on a street this narrow,” one resident told reporters.");
        assertEquals(Voice.QUOTED, quoted.voice().voice());
        assertNull(quoted.voice().speaker());
        Passage reported = only("Officials said that the count of cyclists had been wrong all along.");
        assertEquals(Voice.REPORTED, reported.voice().voice());
        assertNull(reported.voice().speaker(), "'Officials' opens the sentence: it is not a name");
    }

    @Test
    void aNameAfterTheVerbIsWhatIsSaidUnlessTheSentenceIsInverted() {
        assertNull(only("Officials said Riverton was hiding the real crash numbers from everyone.").voice().speaker());
        assertSpeaker(only("The lane will be finished by June, said Ellen Park at the hearing."), Voice.REPORTED,
                "Ellen Park");
    }

    @Test
    void aPronounWithNoNamedSpeakerBeforeItStaysUnknown() {
        Passage passage = only("He said that the lane was a mistake from the very first day.");
        assertEquals(Voice.REPORTED, passage.voice().voice());
        assertNull(passage.voice().speaker());
    }

    @Test
    void apostrophesAndNounsAreNotSpeech() {
        assertEquals(Voice.AUTHOR, only("The mayor’s office didn’t comment on the shop owners’ petition.").voice()
                .voice());
        assertEquals(Voice.AUTHOR, only("The council’s claims that the lane is safe collapse under any scrutiny at"
                + " all.").voice().voice());
        assertEquals(Voice.AUTHOR, only("Yet the city government has repeatedly documented crashes on Main Street.")
                .voice().voice());
    }

    @Test
    void aPassageNeverMixesVoices() {
        String text = "The lane opened on Monday after two years of debate. “It is the best thing to happen to this"
                + " street in decades,” Ellen Park said. Traffic was light on the first morning.";
        List<Passage> passages = passages(text);
        assertEquals(List.of(Voice.AUTHOR, Voice.QUOTED, Voice.AUTHOR),
                passages.stream().map(p -> p.voice().voice()).toList());
        assertEquals("Ellen Park", passages.get(1).voice().speaker().name());
    }

    @Test
    void aDashLineAfterAQuoteNamesItsSpeaker() {
        String text = "\"Riverton is partnering with us to make cycling safe,\"\n"
                + "—Ellen Park, Mayor of Riverton.";
        List<Passage> passages = passages(text);
        assertSpeaker(passages.get(0), Voice.QUOTED, "Ellen Park");
        assertSpeaker(passages.get(1), Voice.QUOTED, "Ellen Park");
    }

    @Test
    void sameTextSameVoices() {
        String text = "“We will sue,” Ortiz said of the lane, which opened on Monday. Dana Ortiz leads the council.";
        assertEquals(passages(text), passages(text));
    }

    private static void assertSpeaker(Passage passage, Voice voice, String name) {
        assertEquals(voice, passage.voice().voice(), passage.text());
        assertNotNull(passage.voice().speaker(), "speaker of: " + passage.text());
        assertEquals(name, passage.voice().speaker().name());
    }

    private static Passage only(String text) {
        List<Passage> passages = passages(text);
        assertEquals(1, passages.size(), passages.toString());
        return passages.get(0);
    }

    private static List<Passage> passages(String text) {
        return SEGMENTER.segment(text).passages();
    }
}
