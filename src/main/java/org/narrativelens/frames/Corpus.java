package org.narrativelens.frames;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The validated passages of one analysis in passageId order, with unit vectors and dense document and source indices
 * (documents in id order, sources in name order), so that nothing downstream depends on the caller's order.
 */
final class Corpus {

    final List<PassageVector> passages;
    final float[][] vectors;
    final int dimension;
    final long[] documentIds;
    final List<String> sources;
    /** passage index to document index */
    final int[] documentOf;
    /** passage index to source index */
    final int[] sourceOf;
    /** document index to source index */
    final int[] sourceOfDocument;

    private Corpus(List<PassageVector> passages, float[][] vectors, long[] documentIds, List<String> sources,
                   int[] documentOf, int[] sourceOf, int[] sourceOfDocument) {
        this.passages = passages;
        this.vectors = vectors;
        this.dimension = vectors.length == 0 ? 0 : vectors[0].length;
        this.documentIds = documentIds;
        this.sources = sources;
        this.documentOf = documentOf;
        this.sourceOf = sourceOf;
        this.sourceOfDocument = sourceOfDocument;
    }

    static Corpus of(List<PassageVector> input) {
        List<PassageVector> passages = new ArrayList<>(input.size());
        for (PassageVector passage : input) {
            if (passage == null) {
                throw new IllegalArgumentException("passages must not contain null");
            }
            passages.add(passage);
        }
        passages.sort(Comparator.comparingLong(PassageVector::passageId));
        int n = passages.size();
        float[][] vectors = new float[n][];
        Map<Long, String> sourceOfDocumentId = new TreeMap<>();
        Set<Long> seen = new HashSet<>();
        TreeSet<String> sourceNames = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            PassageVector passage = passages.get(i);
            String where = "passage " + passage.passageId();
            if (!seen.add(passage.passageId())) {
                throw new IllegalArgumentException("duplicate passageId " + passage.passageId());
            }
            if (passage.source() == null || passage.source().isBlank()) {
                throw new IllegalArgumentException(where + " has no source");
            }
            if (passage.vector() == null || passage.vector().length == 0) {
                throw new IllegalArgumentException(where + " has no vector");
            }
            if (i > 0 && passage.vector().length != vectors[0].length) {
                throw new IllegalArgumentException(where + " has dimension " + passage.vector().length
                        + " but passage " + passages.get(0).passageId() + " has " + vectors[0].length);
            }
            double[] unit = Vectors.unitOrNull(passage.vector());
            if (unit == null) {
                throw new IllegalArgumentException(where + " has a zero or non-finite vector");
            }
            vectors[i] = Vectors.toFloatsOrSame(unit, passage.vector());
            String previous = sourceOfDocumentId.putIfAbsent(passage.documentId(), passage.source());
            if (previous != null && !previous.equals(passage.source())) {
                throw new IllegalArgumentException("document " + passage.documentId()
                        + " has passages from two sources: '" + previous + "' and '" + passage.source() + "'");
            }
            sourceNames.add(passage.source());
        }
        List<String> sources = List.copyOf(sourceNames);
        Map<String, Integer> sourceIndex = new HashMap<>();
        for (int s = 0; s < sources.size(); s++) {
            sourceIndex.put(sources.get(s), s);
        }
        long[] documentIds = new long[sourceOfDocumentId.size()];
        int[] sourceOfDocument = new int[documentIds.length];
        Map<Long, Integer> documentIndex = new HashMap<>();
        int d = 0;
        for (Map.Entry<Long, String> entry : sourceOfDocumentId.entrySet()) {
            documentIds[d] = entry.getKey();
            sourceOfDocument[d] = sourceIndex.get(entry.getValue());
            documentIndex.put(entry.getKey(), d++);
        }
        int[] documentOf = new int[n];
        int[] sourceOf = new int[n];
        for (int i = 0; i < n; i++) {
            documentOf[i] = documentIndex.get(passages.get(i).documentId());
            sourceOf[i] = sourceIndex.get(passages.get(i).source());
        }
        return new Corpus(List.copyOf(passages), vectors, documentIds, sources, documentOf, sourceOf, sourceOfDocument);
    }

    int size() {
        return passages.size();
    }

    int sourceCount() {
        return sources.size();
    }

    int documentCount() {
        return documentIds.length;
    }
}
