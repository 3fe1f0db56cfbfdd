package org.narrativelens.api;

import org.narrativelens.InvalidInputException;
import org.narrativelens.export.Csv;

/** Decides between JSON and CSV from the {@code format} parameter, which wins, or else the Accept header. */
final class ExportFormat {

    private ExportFormat() {
    }

    static boolean wantsCsv(String format, String accept) {
        if (format != null) {
            return switch (format) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw new InvalidInputException("format", "format: '" + format + "' is not csv or json");
            };
        }
        if (accept == null) {
            return false;
        }
        // CSV only when the client names it and prefers it to JSON (first listed wins among equal weights).
        int csvAt = accept.indexOf(Csv.MEDIA_TYPE);
        int jsonAt = accept.indexOf("application/json");
        return csvAt >= 0 && (jsonAt < 0 || csvAt < jsonAt);
    }
}
