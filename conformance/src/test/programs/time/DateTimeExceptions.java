package time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;

public class DateTimeExceptions {
    static void run(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": no exception");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        run("Feb 30", () -> LocalDate.of(2023, 2, 30));
        run("Feb 29", () -> LocalDate.of(2023, 2, 29));
        run("April 31", () -> LocalDate.of(2024, 4, 31));
        run("month 0", () -> LocalDate.of(2024, 0, 1));
        run("day 32", () -> LocalDate.of(2024, 1, 32));
        run("year too big", () -> LocalDate.of(1_000_000_000, 1, 1));
        run("ofYearDay 366", () -> LocalDate.ofYearDay(2023, 366));
        run("ofEpochDay", () -> LocalDate.ofEpochDay(Long.MAX_VALUE));
        run("hour 24", () -> LocalTime.of(24, 0));
        run("minute 60", () -> LocalTime.of(0, 60));
        run("nano", () -> LocalTime.of(0, 0, 0, 1_000_000_000));
        run("plusYears overflow", () -> LocalDate.MAX.plusDays(1));
        run("unknown zone", () -> ZoneId.of("Europe/Atlantis"));
        run("bad zone format", () -> ZoneId.of("Europe//Paris"));
        run("empty zone", () -> ZoneId.of(""));
        run("offset range", () -> ZoneOffset.ofHours(19));
        run("offset sign", () -> ZoneOffset.ofHoursMinutes(1, -30));
        run("unsupported field", () -> LocalTime.NOON.get(ChronoField.DAY_OF_MONTH));
        run("unsupported unit", () -> LocalDate.of(2024, 1, 1).plus(1, ChronoUnit.HOURS));
        run("getLong int", () -> Instant.EPOCH.get(ChronoField.INSTANT_SECONDS));
        run("from", () -> LocalDate.from(LocalTime.NOON));
        run("ZonedDateTime.from", () -> ZonedDateTime.from(LocalDateTime.of(2024, 1, 1, 0, 0)));
        run("Instant.from", () -> Instant.from(LocalDate.of(2024, 1, 1)));
        run("duration of days", () -> Duration.of(1, ChronoUnit.MONTHS));
        run("truncate by days", () -> LocalTime.NOON.truncatedTo(ChronoUnit.DAYS));
        run("truncate by weeks", () -> Instant.EPOCH.truncatedTo(ChronoUnit.WEEKS));
        run("range check", () -> ChronoField.MONTH_OF_YEAR.checkValidValue(13));
        run("int value", () -> ChronoField.EPOCH_DAY.checkValidIntValue(Long.MAX_VALUE));
        run("with bad value", () -> LocalDate.of(2024, 1, 1).withDayOfYear(0));
        run("null", () -> LocalDate.of(2024, 1, 1).plus(null));
    }
}
