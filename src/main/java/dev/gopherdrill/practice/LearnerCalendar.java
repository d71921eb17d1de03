package dev.gopherdrill.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A learner's days. As in Anki, a day does not end at midnight but at a chosen local
 * hour (04:00 by default), so a late-night session still counts as "today", and due
 * dates are whole days in the learner's own time zone, wherever the server runs.
 */
public record LearnerCalendar(ZoneId zone, int dayStartHour) {

    public LearnerCalendar {
        if (dayStartHour < 0 || dayStartHour > 23) {
            throw new IllegalArgumentException("day start hour must be 0..23");
        }
    }

    /** The learner's day that {@code instant} falls in. */
    public LocalDate day(Instant instant) {
        return instant.atZone(zone).minusHours(dayStartHour).toLocalDate();
    }
}
