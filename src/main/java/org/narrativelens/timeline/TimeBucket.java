package org.narrativelens.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** Calendar buckets of publication dates, in UTC: days, ISO weeks (from Monday) or months. */
public enum TimeBucket {
    day, week, month;

    /** The bucket's name from a query parameter (case-insensitive); the default is week. */
    public static TimeBucket parse(String value) {
        if (value == null || value.isBlank()) {
            return week;
        }
        try {
            return valueOf(value.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public LocalDate start(LocalDate date) {
        return switch (this) {
            case day -> date;
            case week -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case month -> date.withDayOfMonth(1);
        };
    }

    /** The first day of the next bucket. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case day -> start.plusDays(1);
            case week -> start.plusWeeks(1);
            case month -> start.plusMonths(1);
        };
    }
}
