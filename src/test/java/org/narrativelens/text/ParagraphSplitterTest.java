package org.narrativelens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphSplitterTest {

    @Test
    void splitsAtEveryKindOfLineBreakAndTrimsBlanks() {
        String text = " First line.\r\n\r\n\tSecond\u00a0line. \rThird line.\u2028Fourth line.\n\u200b\n";

        List<Paragraph> paragraphs = ParagraphSplitter.split(text);

        assertEquals(List.of("First line.", "Second\u00a0line.", "Third line.", "Fourth line."),
                paragraphs.stream().map(Paragraph::text).toList());
        assertEquals(List.of(0, 1, 2, 3), paragraphs.stream().map(Paragraph::index).toList());
        for (Paragraph paragraph : paragraphs) {
            assertEquals(text.substring(paragraph.start(), paragraph.end()), paragraph.text());
        }
        assertEquals(text.indexOf("Second"), paragraphs.get(1).start());
    }

    @Test
    void blankTextHasNoParagraphs() {
        assertEquals(List.of(), ParagraphSplitter.split(" \r\n\t\u00a0\n"));
    }
}
