package dev.kiln.runtime.substitutions.java.time;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.LazyStatic;
import dev.kiln.runtime.Substitute;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalUnit;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code Period}'s initializer compiles the regular expression of {@code Period.parse}, which made
 * {@code java.util.regex} and the Unicode script and block tables part of every program that uses a
 * {@code Period} (a {@code LocalDate.until} is enough). The expression is compiled on the first {@code parse}
 * instead ({@link LazyStatic}); the initializer makes the other two constants as the JDK's does.
 */
final class Period {
    @Alias
    private static java.time.Period ZERO;

    @Alias
    private static List<TemporalUnit> SUPPORTED_UNITS;

    /** The kept value of {@code PATTERN}. */
    private static Pattern kilnPattern;

    private Period() {
    }

    @Alias
    private Period(int years, int months, int days) {
    }

    @Substitute(name = "<clinit>")
    static void clinit() {
        ZERO = (java.time.Period) (Object) new Period(0, 0, 0);
        SUPPORTED_UNITS = List.of(ChronoUnit.YEARS, ChronoUnit.MONTHS, ChronoUnit.DAYS);
    }

    /**
     * The ISO-8601 forms {@code Period.parse} accepts ({@code PnYnMnWnD}, each part optional and signed, a sign
     * before the {@code P}, either case): the groups {@code parse} reads are the sign, years, months, weeks and days.
     */
    @LazyStatic(field = "PATTERN")
    private static Pattern pattern() {
        if (kilnPattern == null) {
            kilnPattern = Pattern.compile("([-+]?)P(?:([-+]?[0-9]+)Y)?(?:([-+]?[0-9]+)M)?(?:([-+]?[0-9]+)W)?(?:([-+]?[0-9]+)D)?",
                    Pattern.CASE_INSENSITIVE);
        }
        return kilnPattern;
    }
}
