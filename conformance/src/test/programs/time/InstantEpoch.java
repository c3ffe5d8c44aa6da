package time;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

public class InstantEpoch {
    public static void main(String[] args) {
        Instant e = Instant.EPOCH;
        System.out.println("epoch: " + e);
        System.out.println("ofEpochSecond: " + Instant.ofEpochSecond(1_700_000_000L));
        System.out.println("ofEpochMilli: " + Instant.ofEpochMilli(1_700_000_000_123L));
        System.out.println("negative milli: " + Instant.ofEpochMilli(-1));
        System.out.println("ofEpochSecond adj: " + Instant.ofEpochSecond(10, -1) + " " + Instant.ofEpochSecond(10, 1_500_000_000L));
        System.out.println("nanos: " + Instant.ofEpochSecond(0, 1) + " " + Instant.ofEpochSecond(0, 1000) + " " + Instant.ofEpochSecond(0, 120_000_000));
        Instant i = Instant.parse("2024-02-29T12:00:00Z");
        System.out.println("parse: " + i + " " + i.getEpochSecond() + " " + i.toEpochMilli());
        System.out.println("parse frac: " + Instant.parse("1969-12-31T23:59:59.999999999Z").getNano());
        System.out.println("plus: " + i.plusSeconds(86_400) + " " + i.plusMillis(1) + " " + i.plusNanos(-1));
        System.out.println("plus unit: " + i.plus(3, ChronoUnit.HALF_DAYS) + " " + i.minus(1, ChronoUnit.DAYS));
        System.out.println("truncated: " + Instant.ofEpochMilli(1_700_000_123_456L).truncatedTo(ChronoUnit.SECONDS));
        System.out.println("until: " + e.until(i, ChronoUnit.DAYS) + " " + ChronoUnit.MILLIS.between(e, i));
        System.out.println("compare: " + e.compareTo(i) + " " + e.isBefore(i) + " " + i.equals(Instant.ofEpochSecond(i.getEpochSecond())));
        System.out.println("MIN/MAX: " + Instant.MIN + " " + Instant.MAX);
        System.out.println("far: " + Instant.ofEpochSecond(253_402_300_800L) + " " + Instant.ofEpochSecond(-62_167_219_201L));
        try {
            Instant.MAX.plusSeconds(1);
        } catch (java.time.DateTimeException ex) {
            System.out.println("overflow: " + ex.getClass().getName() + ": " + ex.getMessage());
        }
        try {
            System.out.println(Instant.MAX.toEpochMilli());
        } catch (ArithmeticException ex) {
            System.out.println("toEpochMilli: " + ex.getMessage());
        }
        long before = System.currentTimeMillis();
        Instant now = Instant.now();
        long after = System.currentTimeMillis();
        System.out.println("now in range: " + (now.toEpochMilli() >= before - 1 && now.toEpochMilli() <= after + 1));
        System.out.println("now after 2024: " + now.isAfter(i));
    }
}
