package org.narrativelens.corpus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Checks one submitted document against the limits; the reason names the field and the limit. */
public final class DocumentValidator {

    static final int MAX_TITLE = 1000;
    static final int MAX_URL = 2000;
    static final int MAX_LANGUAGE = 16;
    /** Publication dates outside [EARLIEST_DATE, LATEST_DATE) are typing errors, not news. */
    public static final OffsetDateTime EARLIEST_DATE = OffsetDateTime.of(1800, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    public static final OffsetDateTime LATEST_DATE = OffsetDateTime.of(2100, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final int maxCharacters;
    private final int maxNameLength;

    public DocumentValidator(int maxCharacters, int maxNameLength) {
        this.maxCharacters = maxCharacters;
        this.maxNameLength = maxNameLength;
    }

    public Optional<String> problem(DocumentSubmission document) {
        if (document == null) {
            return Optional.of("document: must be an object, not null");
        }
        if (document.text() == null || document.text().isBlank()) {
            return Optional.of("text: is required and must not be empty or whitespace only");
        }
        if (document.text().length() > maxCharacters) {
            return Optional.of("text: " + document.text().length() + " characters exceeds the limit of " + maxCharacters);
        }
        if (document.source() == null || document.source().isBlank()) {
            return Optional.of("source: is required and must not be empty");
        }
        return tooLong("source", document.source(), maxNameLength)
                .or(() -> tooLong("externalId", document.externalId(), maxNameLength))
                .or(() -> tooLong("title", document.title(), MAX_TITLE))
                .or(() -> tooLong("url", document.url(), MAX_URL))
                .or(() -> tooLong("language", document.language(), MAX_LANGUAGE))
                .or(() -> TextCharacters.problem("text", document.text(), true))
                .or(() -> TextCharacters.problem("source", document.source(), false))
                .or(() -> TextCharacters.problem("externalId", document.externalId(), false))
                .or(() -> TextCharacters.problem("title", document.title(), false))
                .or(() -> TextCharacters.problem("url", document.url(), false))
                .or(() -> TextCharacters.problem("language", document.language(), false))
                .or(() -> invalidDate(document.publishedAt()));
    }

    /** Accepts an ISO-8601 date-time with offset, or a plain date (taken as midnight UTC). */
    public static Optional<OffsetDateTime> parseDate(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value.strip()));
        } catch (DateTimeParseException notDateTime) {
            return Optional.of(LocalDate.parse(value.strip()).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
    }

    private static Optional<String> tooLong(String field, String value, int limit) {
        if (value != null && value.length() > limit) {
            return Optional.of(field + ": " + value.length() + " characters exceeds the limit of " + limit);
        }
        return Optional.empty();
    }

    private static Optional<String> invalidDate(String value) {
        Optional<OffsetDateTime> date;
        try {
            date = parseDate(value);
        } catch (DateTimeParseException e) {
            return Optional.of("publishedAt: '" + shorten(value) + "' is not an ISO-8601 date or date-time");
        }
        if (date.isPresent() && (date.get().isBefore(EARLIEST_DATE) || !date.get().isBefore(LATEST_DATE))) {
            return Optional.of("publishedAt: '" + shorten(value) + "' is outside the accepted range "
                    + EARLIEST_DATE.toLocalDate() + " to " + LATEST_DATE.toLocalDate() + " (exclusive)");
        }
        return Optional.empty();
    }

    private static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "...";
    }
}
