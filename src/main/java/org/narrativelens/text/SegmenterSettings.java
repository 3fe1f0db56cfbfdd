package org.narrativelens.text;

/**
 * Tunables of {@link PassageSegmenter}.
 *
 * @param maxSentencesPerPassage at most this many sentences are grouped into one passage
 * @param maxCharsPerPassage     a passage grows only while it stays within this many chars; a single longer
 *                               sentence still becomes one passage, because sentences are never cut
 * @param minCharsPerPassage     a paragraph shorter than this that does not end like a sentence is dropped as a
 *                               fragment (a heading such as "Breaking:"); a shorter group of sentences is merged into
 *                               its neighbour within the same paragraph
 */
public record SegmenterSettings(int maxSentencesPerPassage, int maxCharsPerPassage, int minCharsPerPassage) {

    public SegmenterSettings {
        if (maxSentencesPerPassage < 1) {
            throw new IllegalArgumentException("maxSentencesPerPassage must be at least 1: " + maxSentencesPerPassage);
        }
        if (minCharsPerPassage < 0 || maxCharsPerPassage < Math.max(1, minCharsPerPassage)) {
            throw new IllegalArgumentException("need 0 <= minCharsPerPassage <= maxCharsPerPassage, got "
                    + minCharsPerPassage + " and " + maxCharsPerPassage);
        }
    }

    /**
     * Three sentences and 600 chars: about 120-150 word pieces, inside the 256 that MiniLM-class embedders read,
     * and long enough to carry one claim with its context. 20 chars keeps "Operational facts matter." but drops
     * "Breaking:" or "Read More »".
     */
    public static SegmenterSettings defaults() {
        return new SegmenterSettings(3, 600, 20);
    }
}
