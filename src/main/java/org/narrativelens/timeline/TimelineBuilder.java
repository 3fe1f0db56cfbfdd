package org.narrativelens.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.narrativelens.timeline.Timeline.Slice;
import org.narrativelens.timeline.Timeline.SourceSlice;

/** Groups an analysis's document scores by publication bucket and source. Plain Java: no database. */
public final class TimelineBuilder {

    /** More buckets than this is a request for a finer grain than a chart can show. */
    public static final int MAX_BUCKETS = 1000;

    /** A scored document: its publication day (null when unknown), passage count, stance and frame shares. */
    public record DatedDocument(String source, LocalDate published, int passages, double stance,
                                Map<String, Double> frameScores) {
    }

    private TimelineBuilder() {
    }

    /** @throws IllegalArgumentException when the dates span more than {@value #MAX_BUCKETS} buckets */
    public static Timeline build(UUID analysisId, TimeBucket bucket, List<String> frames,
                                 List<DatedDocument> documents) {
        TreeMap<LocalDate, List<DatedDocument>> byBucket = new TreeMap<>();
        List<DatedDocument> undated = new ArrayList<>();
        for (DatedDocument document : documents) {
            if (document.published() == null) {
                undated.add(document);
            } else {
                byBucket.computeIfAbsent(bucket.start(document.published()), start -> new ArrayList<>()).add(document);
            }
        }
        List<Slice> slices = new ArrayList<>();
        if (!byBucket.isEmpty()) {
            int count = 0;
            for (LocalDate start = byBucket.firstKey(); !start.isAfter(byBucket.lastKey()); start = bucket.next(start)) {
                if (++count > MAX_BUCKETS) {
                    throw new IllegalArgumentException("the documents span more than " + MAX_BUCKETS + " "
                            + bucket + "s (" + byBucket.firstKey() + " to " + byBucket.lastKey()
                            + "): choose a coarser bucket");
                }
                slices.add(slice(start, bucket.next(start), frames, byBucket.getOrDefault(start, List.of())));
            }
        }
        return new Timeline(analysisId, bucket, List.copyOf(frames), slices,
                slice(null, null, frames, undated));
    }

    private static Slice slice(LocalDate start, LocalDate end, List<String> frames, List<DatedDocument> documents) {
        Map<String, List<DatedDocument>> bySource = new TreeMap<>();
        documents.forEach(d -> bySource.computeIfAbsent(d.source(), s -> new ArrayList<>()).add(d));
        List<SourceSlice> sources = new ArrayList<>();
        bySource.forEach((source, group) -> {
            Aggregate a = Aggregate.of(frames, group);
            sources.add(new SourceSlice(source, group.size(), a.passages, a.stance, a.frameScores));
        });
        Aggregate all = Aggregate.of(frames, documents);
        return new Slice(start, end, documents.size(), all.passages, all.stance, all.frameScores, sources);
    }

    /** Passage-weighted means over a group of documents. */
    private record Aggregate(int passages, Double stance, Map<String, Double> frameScores) {
        static Aggregate of(List<String> frames, List<DatedDocument> group) {
            int passages = 0;
            double stanceSum = 0;
            Map<String, Double> shares = new LinkedHashMap<>();
            frames.forEach(f -> shares.put(f, 0.0));
            for (DatedDocument d : group) {
                passages += d.passages();
                stanceSum += d.passages() * d.stance();
                d.frameScores().forEach((frame, share) -> shares.merge(frame, share * d.passages(), Double::sum));
            }
            if (passages == 0) {
                return new Aggregate(0, null, Map.of());
            }
            int total = passages;
            shares.replaceAll((frame, sum) -> sum / total);
            return new Aggregate(passages, stanceSum / passages, shares);
        }
    }
}
