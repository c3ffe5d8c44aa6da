package functional;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Predicate combinators: and/or short-circuiting (traced), negate, Predicate.not (JDK 11), isEqual with
 * null, BiPredicate and IntPredicate combinations, combining a list of predicates with reduce, and
 * filtering collections with removeIf and streams.
 */
public class PredicateCombinators {
    static final List<String> TRACE = new ArrayList<>();

    static Predicate<Integer> traced(String name, Predicate<Integer> p) {
        return x -> {
            TRACE.add(name);
            return p.test(x);
        };
    }

    public static void main(String[] args) {
        Predicate<Integer> even = traced("even", x -> x % 2 == 0);
        Predicate<Integer> positive = traced("positive", x -> x > 0);
        Predicate<Integer> small = traced("small", x -> Math.abs(x) < 10);
        for (int v : new int[] {4, -4, 3, 12, -13}) {
            TRACE.clear();
            boolean and = even.and(positive).test(v);
            List<String> andTrace = new ArrayList<>(TRACE);
            TRACE.clear();
            boolean or = even.or(positive).test(v);
            List<String> orTrace = new ArrayList<>(TRACE);
            TRACE.clear();
            boolean complex = even.negate().and(small.or(positive)).test(v);
            System.out.println(v + " and=" + and + andTrace + " or=" + or + orTrace + " complex=" + complex + TRACE);
        }
        List<String> words = List.of("kiln", "", "  ", "wasm", "Java", "gc", "");
        System.out.println("not isEmpty " + words.stream().filter(Predicate.not(String::isEmpty)).collect(Collectors.toList()));
        System.out.println("not isBlank " + words.stream().filter(Predicate.not(String::isBlank)).count());
        Predicate<Object> isNull = Predicate.isEqual(null);
        Predicate<String> isKiln = Predicate.isEqual("kiln");
        System.out.println("isEqual " + isNull.test(null) + " " + isNull.test("x") + " " + isKiln.test("kiln") + " " + isKiln.test(new String("kiln"))
                + " " + isKiln.test(null));
        List<Predicate<String>> rules = List.of(s -> !s.isBlank(), s -> !s.isEmpty() && Character.isLowerCase(s.charAt(0)), s -> s.length() > 2);
        Predicate<String> allRules = rules.stream().reduce(x -> true, Predicate::and);
        Predicate<String> anyRule = rules.stream().reduce(x -> false, Predicate::or);
        System.out.println("all rules " + words.stream().filter(allRules).collect(Collectors.toList()) + " any rule "
                + words.stream().filter(anyRule).collect(Collectors.toList()));
        BiPredicate<String, Integer> longerThan = (s, n) -> s.length() > n;
        BiPredicate<String, Integer> startsUpper = (s, n) -> !s.isEmpty() && Character.isUpperCase(s.charAt(0));
        System.out.println("bi " + longerThan.and(startsUpper).test("Java", 3) + " " + longerThan.or(startsUpper).test("gc", 5) + " "
                + longerThan.negate().test("gc", 5));
        IntPredicate divisibleBy3 = i -> i % 3 == 0;
        IntPredicate divisibleBy5 = i -> i % 5 == 0;
        StringBuilder fizz = new StringBuilder();
        for (int i = 1; i <= 15; i++) {
            fizz.append(divisibleBy3.and(divisibleBy5).test(i) ? "FB" : divisibleBy3.test(i) ? "F" : divisibleBy5.test(i) ? "B" : divisibleBy3.or(divisibleBy5).negate().test(i) ? String.valueOf(i) : "?").append(' ');
        }
        System.out.println("fizz " + fizz);
        List<Integer> nums = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        TRACE.clear();
        nums.removeIf(even.or(x -> x > 8));
        System.out.println("removeIf " + nums + " checks " + TRACE.size());
        try {
            even.and(null);
        } catch (NullPointerException e) {
            System.out.println("and(null) NPE");
        }
    }
}
