package org.narrativelens.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.narrativelens.timeline.Timeline.Slice;
import org.narrativelens.timeline.TimelineBuilder.DatedDocument;

class TimelineBuilderTest {

    private static final List<String> FRAMES = List.of("f0", "f1");

    private static DatedDocument doc(String source, String date, int passages, double stance, double shareF0) {
        return new DatedDocument(source, date == null ? null : LocalDate.parse(date), passages, stance,
                Map.of("f0", shareF0, "f1", 1 - shareF0));
    }

    @Test
    void weeksStartOnMondayAndEmptyWeeksShowAsEmpty() {
        Timeline timeline = TimelineBuilder.build(UUID.randomUUID(), TimeBucket.week, FRAMES, List.of(
                doc("a", "2025-05-07", 3, -0.5, 1.0),      // Wednesday, week of 05-05
                doc("b", "2025-05-11", 1, 0.5, 0.0),       // Sunday, same week
                doc("a", "2025-05-20", 2, 0.2, 0.5),       // week of 05-19; the week of 05-12 is empty
                doc("c", null, 4, 0.1, 0.25)));

        assertEquals(List.of(LocalDate.parse("2025-05-05"), LocalDate.parse("2025-05-12"),
                LocalDate.parse("2025-05-19")), timeline.buckets().stream().map(Slice::start).toList());
        Slice first = timeline.buckets().get(0);
        assertEquals(2, first.documents());
        assertEquals(4, first.passages());
        assertEquals((3 * -0.5 + 0.5) / 4, first.stance(), 1e-12);
        assertEquals(0.75, first.frameScores().get("f0"), 1e-12);
        assertEquals(List.of("a", "b"), first.sources().stream().map(Timeline.SourceSlice::source).toList());
        Slice empty = timeline.buckets().get(1);
        assertEquals(0, empty.documents());
        assertNull(empty.stance());
        assertEquals(1, timeline.undated().documents());
        assertEquals(4, timeline.undated().passages());
    }

    @Test
    void daysAndMonthsBucketTheSameDocuments() {
        List<DatedDocument> documents = List.of(doc("a", "2025-01-31", 1, -1, 1), doc("a", "2025-02-01", 1, 1, 0));
        assertEquals(2, TimelineBuilder.build(null, TimeBucket.day, FRAMES, documents).buckets().size());
        List<Slice> months = TimelineBuilder.build(null, TimeBucket.month, FRAMES, documents).buckets();
        assertEquals(List.of(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-02-01")),
                months.stream().map(Slice::start).toList());
        assertEquals(LocalDate.parse("2025-03-01"), months.get(1).end());
    }

    @Test
    void tooManyBucketsAsksForACoarserOne() {
        List<DatedDocument> documents = List.of(doc("a", "2020-01-01", 1, 0, 1), doc("a", "2025-01-01", 1, 0, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TimelineBuilder.build(null, TimeBucket.day, FRAMES, documents));
        assertEquals(true, e.getMessage().contains("coarser"));
        assertEquals(61, TimelineBuilder.build(null, TimeBucket.month, FRAMES, documents).buckets().size());
    }

    @Test
    void bucketNamesParseCaseInsensitivelyWithWeekAsDefault() {
        assertEquals(TimeBucket.week, TimeBucket.parse(null));
        assertEquals(TimeBucket.month, TimeBucket.parse("Month"));
        assertNull(TimeBucket.parse("fortnight"));
    }
}
