package bigmath;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * BigInteger and BigDecimal as stream elements: factorials and products via reduce, sums with
 * BigDecimal::add and Collectors.reducing, grouping invoices by currency with exact totals, max/min with
 * natural order (compareTo ignoring scale), sorting decimals with different scales, and averages with an
 * explicit rounding.
 */
public class BigNumbersInStreams {
    record Invoice(String currency, BigDecimal amount) {
    }

    public static void main(String[] args) {
        BigInteger f50 = LongStream.rangeClosed(1, 50).mapToObj(BigInteger::valueOf).reduce(BigInteger.ONE, BigInteger::multiply);
        System.out.println("50! " + f50);
        System.out.println("sum of squares " + IntStream.rangeClosed(1, 1000).mapToObj(BigInteger::valueOf).map(b -> b.pow(4)).reduce(BigInteger.ZERO, BigInteger::add));
        System.out.println("powers of 2 digits " + Stream.iterate(BigInteger.ONE, b -> b.shiftLeft(100)).limit(6).map(b -> b.toString().length())
                .collect(Collectors.toList()));
        List<Invoice> invoices = List.of(new Invoice("EUR", new BigDecimal("19.99")), new Invoice("USD", new BigDecimal("5.5")), new Invoice("EUR", new BigDecimal("0.01")),
                new Invoice("USD", new BigDecimal("100.000")), new Invoice("GBP", new BigDecimal("7")), new Invoice("EUR", new BigDecimal("80.00")));
        Map<String, BigDecimal> totals = invoices.stream().collect(Collectors.groupingBy(Invoice::currency, TreeMap::new,
                Collectors.reducing(BigDecimal.ZERO, Invoice::amount, BigDecimal::add)));
        System.out.println("totals " + totals);
        BigDecimal all = invoices.stream().map(Invoice::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        System.out.println("all " + all + " average " + all.divide(BigDecimal.valueOf(invoices.size()), 4, RoundingMode.HALF_EVEN));
        System.out.println("max " + invoices.stream().map(Invoice::amount).max(BigDecimal::compareTo).get() + " min "
                + invoices.stream().map(Invoice::amount).min(BigDecimal::compareTo).get());
        List<BigDecimal> decimals = Stream.of("2.50", "2.5", "10", "1E+1", "-0.1", "2.500").map(BigDecimal::new).sorted().collect(Collectors.toList());
        System.out.println("sorted " + decimals + " distinct " + decimals.stream().distinct().count() + " distinct by value "
                + decimals.stream().map(BigDecimal::stripTrailingZeros).distinct().count());
        System.out.println("partial sums " + Stream.iterate(new BigDecimal("0.1"), d -> d.add(new BigDecimal("0.1"))).limit(5).map(BigDecimal::toPlainString)
                .collect(Collectors.joining(" ")));
        System.out.println("primes below 100 as BigInteger " + IntStream.range(2, 100).mapToObj(BigInteger::valueOf).filter(b -> b.isProbablePrime(30)).count());
    }
}
