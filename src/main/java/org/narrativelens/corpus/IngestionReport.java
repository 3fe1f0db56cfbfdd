package org.narrativelens.corpus;

import java.util.List;

/** What became of a batch of submitted documents. */
public record IngestionReport(int accepted, int duplicates, List<Rejection> rejected) {

    /** A document that was not stored, by its index in the request, and why. */
    public record Rejection(int index, String reason) {
    }
}
