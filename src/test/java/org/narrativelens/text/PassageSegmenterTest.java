package org.narrativelens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PassageSegmenterTest {

    private final PassageSegmenter segmenter = new PassageSegmenter(SegmenterSettings.defaults());

    @Test
    void everyPassageIsExactlyItsSliceOfTheOriginal() {
        for (String text : ArticleFixtures.ALL) {
            for (Passage passage : segmenter.segment(text).passages()) {
                assertEquals(text.substring(passage.start(), passage.end()), passage.text());
            }
        }
    }

    @Test
    void noPassageCrossesAParagraphAndEachIsTrimmed() {
        for (String text : ArticleFixtures.ALL) {
            List<Paragraph> paragraphs = ParagraphSplitter.split(text);
            for (Passage passage : segmenter.segment(text).passages()) {
                Paragraph paragraph = paragraphs.get(passage.paragraph());
                assertTrue(paragraph.start() <= passage.start() && passage.end() <= paragraph.end(), passage::toString);
                assertEquals(passage.text().strip(), passage.text());
            }
        }
    }

    @Test
    void unicodeTextKeepsOffsetsAcrossCrlfTabsAndSurrogatePairs() {
        Segmentation segmentation = segmenter.segment(ArticleFixtures.UNICODE);

        assertEquals(List.of(
                "Officials met in Zürich on Monday.\tThey agreed on “next steps” — quickly. 😀 Everyone cheered!",
                "Second paragraph follows a blank CRLF line and\u00a0a no-break space.",
                "Third: emoji 👍🏽 inside, and a flag 🇺🇸 too. The end.",
                "Fourth paragraph after a lone CR."), texts(segmentation));
        assertEquals(List.of(0, 1, 2, 3), segmentation.passages().stream().map(Passage::paragraph).toList());
        assertEquals(ArticleFixtures.UNICODE.indexOf("Third:"), segmentation.passages().get(2).start());
        assertEquals(ArticleFixtures.UNICODE.length(), segmentation.passages().get(3).end());
        assertEquals(7, segmentation.sentences());
        assertEquals(0, segmentation.boilerplateDropped());
    }

    @Test
    void newsPageKeepsProseAndDropsAndCountsBoilerplate() {
        String text = ArticleFixtures.TRANSIT;
        Segmentation segmentation = segmenter.segment(text);

        assertEquals(List.of(
                "City council approves transit plan after heated debate",
                "The city council voted 7-2 on Tuesday to approve a $40 million transit plan. "
                        + "Supporters said it would cut commute times.",
                // a sentence that is mostly a quote is quoted speech: the author's next sentence starts a new passage
                "Critics called it “a gift to developers.”",
                "The mayor signed it within the hour.",
                "\"We are finally moving forward,\"",
                "—Jane Doe, Transit Commissioner.",
                "It passed.",
                "Residents will vote on the funding in November. Polls show a close race.",
                "Some residents remain skeptical of the plan, which takes effect in 2027."), texts(segmentation));
        assertEquals(List.of(0, 1, 1, 1, 2, 4, 6, 8, 12),
                segmentation.passages().stream().map(Passage::paragraph).toList());
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8),
                segmentation.passages().stream().map(Passage::ordinal).toList());
        assertEquals(text.indexOf("It passed."), segmentation.passages().get(6).start());
        // tweet byline, tweet body, read-more link, "Breaking:", "ALSO SEE" with its title, nav block of five
        assertEquals(11, segmentation.boilerplateDropped());
        assertEquals(11, segmentation.sentences());
    }

    @Test
    void headlinesAfterTheLastProseParagraphAreDropped() {
        Segmentation segmentation = segmenter.segment(ArticleFixtures.TRAILING_HEADLINES);

        assertEquals(List.of("The budget passed after a long night of negotiations. Both parties claimed a win.",
                "Analysts expect the deficit to shrink next year."), texts(segmentation));
        assertEquals(3, segmentation.boilerplateDropped());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n", "\r\n \t\r\n", "\u00a0\u200b\n"})
    void blankTextGivesNoPassages(String text) {
        assertEquals(new Segmentation(List.of(), 0, 0), segmenter.segment(text));
    }

    @Test
    void passagesStayWithinTheSentenceAndCharLimits() {
        String paragraph = "One short sentence here. Two short sentences here. Three short sentences here. "
                + "Four short sentences here. Five short sentences here.";
        PassageSegmenter bySentences = new PassageSegmenter(new SegmenterSettings(2, 600, 0));
        PassageSegmenter byChars = new PassageSegmenter(new SegmenterSettings(5, 60, 0));

        assertEquals(List.of("One short sentence here. Two short sentences here.",
                "Three short sentences here. Four short sentences here.",
                "Five short sentences here."), texts(bySentences.segment(paragraph)));
        assertEquals(List.of("One short sentence here. Two short sentences here.",
                "Three short sentences here. Four short sentences here.",
                "Five short sentences here."), texts(byChars.segment(paragraph)));
    }

    @Test
    void aSentenceLongerThanTheCharLimitStaysWhole() {
        String sentence = "The committee, after hearing from dozens of residents, engineers and business owners over "
                + "three long evenings, voted to delay the decision until spring.";
        Segmentation segmentation = new PassageSegmenter(new SegmenterSettings(3, 50, 10))
                .segment(sentence + " Nobody objected.");

        assertEquals(List.of(sentence, "Nobody objected."), texts(segmentation));
    }

    @Test
    void concurrentCallsGiveTheSameResultsAsSequentialOnes() throws Exception {
        List<Segmentation> expected = ArticleFixtures.ALL.stream().map(segmenter::segment).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Segmentation>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                PassageSegmenter own = i % 2 == 0 ? segmenter : new PassageSegmenter(SegmenterSettings.defaults());
                runs.add(pool.submit(() -> {
                    List<Segmentation> results = new ArrayList<>();
                    for (int round = 0; round < 20; round++) {
                        results = ArticleFixtures.ALL.stream().map(own::segment).toList();
                    }
                    return results;
                }));
            }
            for (Future<List<Segmentation>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> texts(Segmentation segmentation) {
        return segmentation.passages().stream().map(Passage::text).toList();
    }
}
