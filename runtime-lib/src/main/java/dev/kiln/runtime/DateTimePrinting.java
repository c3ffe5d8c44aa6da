package dev.kiln.runtime;

import java.io.IOException;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQuery;
import java.util.Calendar;

/**
 * Lets {@code Formatter}'s date and time conversions ({@code %t}, {@code %T}) reach the JDK's code for a
 * {@code Date}, {@code Calendar} or {@code TemporalAccessor} argument only through a call dispatched on the
 * argument itself, so that a program whose classes never include one of those types does not carry
 * {@code Calendar}, the time-zone rules and names and {@code java.time} formatting just because it formats
 * something: the reachability analysis sees the formatting code only behind methods of instantiated
 * classes (docs/CLASS-LIBRARY.md, {@code java.util.Formatter$FormatSpecifier}).
 */
public final class DateTimePrinting {
    private DateTimePrinting() {
    }

    /** Formats a calendar; called only from the methods Kiln adds to {@code Calendar} and {@code Date}. */
    public interface CalendarPrinter {
        void print(Calendar calendar) throws IOException;
    }

    /** Formats a temporal object; called only from {@link Query#queryFrom}. */
    public interface TemporalPrinter {
        void print(TemporalAccessor temporal) throws IOException;
    }

    /**
     * Formats {@code temporal} by asking it {@code temporal.query(q)}, which every {@code java.time} type
     * answers with {@code q.queryFrom(this)}. A class of the program whose {@code query} does not ask the
     * query cannot be formatted: {@code UnsupportedOperationException}.
     */
    public static void print(TemporalAccessor temporal, TemporalPrinter printer) throws IOException {
        Query q = new Query(printer);
        temporal.query(q);
        if (!q.asked) {
            throw new UnsupportedOperationException("Kiln formats a " + temporal.getClass().getName()
                    + " with %t only if its query(TemporalQuery) calls the query's queryFrom");
        }
        if (q.failure != null) {
            throw q.failure;
        }
    }

    private static final class Query implements TemporalQuery<Object> {
        private final TemporalPrinter printer;
        private boolean asked;
        private IOException failure;

        Query(TemporalPrinter printer) {
            this.printer = printer;
        }

        @Override
        public Object queryFrom(TemporalAccessor temporal) {
            asked = true;
            try {
                printer.print(temporal);
            } catch (IOException e) {
                failure = e;
            }
            return null;
        }
    }
}
