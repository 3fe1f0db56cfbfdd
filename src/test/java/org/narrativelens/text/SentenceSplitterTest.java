package org.narrativelens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void givesSentenceOffsetsIntoTheWholeText() {
        String text = "Title line\nMr. Ruiz met U.S. envoys in Zürich. “It went well,” he said! Was it? 😀 Yes.";
        int from = text.indexOf("Mr.");

        assertEquals(List.of("Mr. Ruiz met U.S. envoys in Zürich.", "“It went well,” he said!", "Was it?", "😀 Yes."),
                slices(text, splitter.split(text, from, text.length())));
    }

    @Test
    void endsASentenceAfterAHyphenatedSingleLetter() {
        String text = "The strikes hit ISIS-K. Deflection followed within hours.";

        assertEquals(List.of("The strikes hit ISIS-K.", "Deflection followed within hours."),
                slices(text, splitter.split(text, 0, text.length())));
    }

    @Test
    void keepsANameInitialInsideItsSentence() {
        String text = "Gregory D. LoGerfo spoke first. The group ISIS-K. members fled.";

        assertEquals(List.of("Gregory D. LoGerfo spoke first.", "The group ISIS-K. members fled."),
                slices(text, splitter.split(text, 0, text.length())));
    }

    private static List<String> slices(String text, List<Span> spans) {
        return spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }
}
