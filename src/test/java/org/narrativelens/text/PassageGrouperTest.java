package org.narrativelens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassageGrouperTest {

    @Test
    void spreadsSentencesEvenlyUnderTheSentenceLimit() {
        PassageGrouper grouper = new PassageGrouper(new SegmenterSettings(3, 600, 0));

        assertEquals(List.of(2, 2), sentenceCounts(grouper.group(sentences(40, 40, 40, 40))));
        assertEquals(List.of(3, 2, 2), sentenceCounts(grouper.group(sentences(40, 40, 40, 40, 40, 40, 40))));
        assertEquals(List.of(3), sentenceCounts(grouper.group(sentences(40, 40, 40))));
    }

    @Test
    void startsANewPassageBeforeTheCharLimitIsExceeded() {
        PassageGrouper grouper = new PassageGrouper(new SegmenterSettings(10, 100, 0));

        List<PassageGrouper.Group> groups = grouper.group(sentences(45, 45, 45, 45));

        assertEquals(List.of(2, 2), sentenceCounts(groups));
        assertEquals(new Span(0, 91), groups.get(0).span());
        assertEquals(new Span(92, 183), groups.get(1).span());
    }

    @Test
    void keepsAnOverlongSentenceWholeAndAlone() {
        PassageGrouper grouper = new PassageGrouper(new SegmenterSettings(3, 100, 0));

        assertEquals(List.of(1, 1, 1), sentenceCounts(grouper.group(sentences(60, 250, 60))));
    }

    @Test
    void mergesAGroupUnderTheMinimumIntoItsNeighbour() {
        PassageGrouper grouper = new PassageGrouper(new SegmenterSettings(3, 100, 20));

        assertEquals(List.of(2, 1), sentenceCounts(grouper.group(sentences(4, 150, 60))));
        assertEquals(List.of(1, 2), sentenceCounts(grouper.group(sentences(60, 150, 4))));
        assertEquals(List.of(1), sentenceCounts(grouper.group(sentences(4))));
    }

    /** Sentences of the given lengths separated by one space. */
    private static List<Span> sentences(int... lengths) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        for (int length : lengths) {
            spans.add(new Span(start, start + length));
            start += length + 1;
        }
        return spans;
    }

    private static List<Integer> sentenceCounts(List<PassageGrouper.Group> groups) {
        return groups.stream().map(PassageGrouper.Group::sentences).toList();
    }
}
