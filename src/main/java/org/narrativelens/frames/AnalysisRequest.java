package org.narrativelens.frames;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything one analysis needs.
 *
 * @param passages the embedded passages of the corpus, in any order
 * @param guides none, or exactly two frames: the first is side A (stance -1), the second side B (+1)
 * @param anchors sources known to belong to a side: key "A" or "B" (or a guide label), value the source names
 * @param options tuning knobs; null means {@link AnalysisOptions#defaults()}
 */
public record AnalysisRequest(List<PassageVector> passages, List<FrameGuide> guides, Map<String, List<String>> anchors,
                              AnalysisOptions options) {

    public AnalysisRequest {
        if (passages == null || hasNull(passages)) {
            throw new IllegalArgumentException("passages must be a list without nulls");
        }
        if (guides != null && hasNull(guides)) {
            throw new IllegalArgumentException("guides must not contain null");
        }
        passages = List.copyOf(passages);
        guides = guides == null ? List.of() : List.copyOf(guides);
        anchors = copyOf(anchors);
        options = options == null ? AnalysisOptions.defaults() : options;
    }

    private static Map<String, List<String>> copyOf(Map<String, List<String>> anchors) {
        Map<String, List<String>> copy = new TreeMap<>();
        if (anchors == null) {
            return copy;
        }
        for (Map.Entry<String, List<String>> entry : anchors.entrySet()) {
            if (entry.getKey() == null) {
                throw new IllegalArgumentException("anchor keys must not be null");
            }
            List<String> sources = entry.getValue() == null ? List.of() : entry.getValue();
            if (hasNull(sources)) {
                throw new IllegalArgumentException("anchor '" + entry.getKey() + "' lists a null source");
            }
            copy.put(entry.getKey(), List.copyOf(sources));
        }
        return Collections.unmodifiableMap(copy);
    }

    private static boolean hasNull(List<?> list) {
        return list.stream().anyMatch(Objects::isNull);
    }
}
