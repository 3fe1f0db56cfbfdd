package org.narrativelens.frames;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The sources the caller put on side A and side B (by key "A"/"B" or a guide label), as source indices. */
record Anchors(Set<Integer> sideA, Set<Integer> sideB, List<String> sourcesA, List<String> sourcesB) {

    boolean isEmpty() {
        return sideA.isEmpty() && sideB.isEmpty();
    }

    boolean bothSides() {
        return !sideA.isEmpty() && !sideB.isEmpty();
    }

    static Anchors resolve(Map<String, List<String>> anchors, Corpus corpus, List<FrameGuide> guides) {
        Set<Integer> sideA = new TreeSet<>();
        Set<Integer> sideB = new TreeSet<>();
        for (Map.Entry<String, List<String>> entry : new TreeMap<>(anchors).entrySet()) {
            Set<Integer> side = side(entry.getKey(), guides) ? sideA : sideB;
            for (String source : entry.getValue()) {
                int index = corpus.sources.indexOf(source);
                if (index < 0) {
                    throw new IllegalArgumentException("anchor source '" + source + "' has no passages in this corpus");
                }
                side.add(index);
            }
        }
        for (int s : sideA) {
            if (sideB.contains(s)) {
                throw new IllegalArgumentException("anchor source '" + corpus.sources.get(s) + "' is on both sides");
            }
        }
        return new Anchors(new TreeSet<>(sideA), new TreeSet<>(sideB),
                sideA.stream().sorted().map(corpus.sources::get).toList(),
                sideB.stream().sorted().map(corpus.sources::get).toList());
    }

    /** true for side A, false for side B. */
    private static boolean side(String key, List<FrameGuide> guides) {
        if (key.equalsIgnoreCase("A")) {
            return true;
        }
        if (key.equalsIgnoreCase("B")) {
            return false;
        }
        for (int g = 0; g < guides.size(); g++) {
            if (key.equals(guides.get(g).label())) {
                return g == 0;
            }
        }
        throw new IllegalArgumentException("anchor key '" + key + "' is neither A, B nor the label of a frame guide");
    }
}
