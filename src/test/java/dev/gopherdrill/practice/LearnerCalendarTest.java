package dev.gopherdrill.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LearnerCalendarTest {

    @ParameterizedTest(name = "{0} in {1} with day start {2}:00 is {3}")
    @CsvSource(textBlock = """
        2026-03-10T03:59:00Z, UTC,           4, 2026-03-09
        2026-03-10T04:00:00Z, UTC,           4, 2026-03-10
        2026-03-09T19:30:00Z, Asia/Shanghai, 4, 2026-03-09
        2026-03-09T20:00:00Z, Asia/Shanghai, 4, 2026-03-10
        2026-03-10T23:30:00Z, America/New_York, 0, 2026-03-10
        2026-03-10T04:30:00Z, America/New_York, 0, 2026-03-10
        2026-03-10T03:30:00Z, America/New_York, 0, 2026-03-09
        """)
    void aLearnersDayRollsOverAtTheirOwnLocalHour(String instant, String zone, int hour, String day) {
        assertEquals(LocalDate.parse(day), new LearnerCalendar(ZoneId.of(zone), hour).day(Instant.parse(instant)));
    }

    @ParameterizedTest
    @CsvSource({"-1", "24"})
    void theDayStartHourMustBeAnHourOfTheDay(int hour) {
        assertThrows(IllegalArgumentException.class, () -> new LearnerCalendar(ZoneId.of("UTC"), hour));
    }
}
