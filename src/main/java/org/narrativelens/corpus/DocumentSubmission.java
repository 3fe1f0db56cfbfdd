package org.narrativelens.corpus;

/** One document as a client submits it; only {@code source} and {@code text} are required. */
public record DocumentSubmission(
        String externalId,
        String source,
        String title,
        String url,
        String publishedAt,
        String language,
        String text) {
}
