package util;

import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * java.util.Optional and its primitive forms: of/ofNullable/empty, get/orElse/orElseGet/orElseThrow (both
 * forms, with the JDK's "No value present"), map/flatMap/filter/or chains, ifPresent/ifPresentOrElse,
 * isPresent/isEmpty, equals/hashCode/toString of present and empty values (-0.0 and NaN in OptionalDouble
 * included), and the NullPointerExceptions for null arguments and null flatMap results.
 */
public class OptionalOps {
    interface Action {
        Object run();
    }

    static void attempt(String label, Action a) {
        try {
            System.out.println(label + " -> " + a.run());
        } catch (RuntimeException e) {
            System.out.println(label + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static Optional<Integer> parse(String s) {
        try {
            return Optional.of(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static void main(String[] args) {
        Optional<String> some = Optional.of("kiln");
        Optional<String> none = Optional.empty();
        Optional<String> nullable = Optional.ofNullable(null);
        System.out.println(some + " " + none + " " + nullable + " same empty " + (none == nullable) + " "
                + Optional.ofNullable("x"));
        System.out.println("isPresent " + some.isPresent() + " " + none.isPresent() + " isEmpty " + some.isEmpty() + " " + none.isEmpty());
        System.out.println("get " + some.get() + " orElse " + none.orElse("other") + " orElse null " + none.orElse(null)
                + " orElseGet " + none.orElseGet(() -> "computed") + " orElseThrow " + some.orElseThrow());
        attempt("empty get", none::get);
        attempt("empty orElseThrow", none::orElseThrow);
        attempt("empty orElseThrow supplier", () -> none.orElseThrow(() -> new IllegalStateException("custom")));
        attempt("present orElseThrow supplier", () -> some.orElseThrow(IllegalStateException::new));
        attempt("of(null)", () -> Optional.of(null));
        attempt("map", () -> some.map(String::length));
        attempt("map to null", () -> some.map(s -> null));
        attempt("map on empty", () -> none.map(String::length));
        attempt("flatMap", () -> Optional.of("42").flatMap(OptionalOps::parse));
        attempt("flatMap bad", () -> Optional.of("4x2").flatMap(OptionalOps::parse));
        attempt("flatMap null result", () -> some.flatMap(s -> null));
        attempt("filter keep", () -> some.filter(s -> s.startsWith("k")));
        attempt("filter drop", () -> some.filter(s -> s.isEmpty()));
        attempt("or present", () -> some.or(() -> Optional.of("alt")));
        attempt("or empty", () -> none.or(() -> Optional.of("alt")));
        attempt("or null supplier result", () -> none.or(() -> null));
        attempt("map null mapper", () -> some.map(null));
        attempt("chain", () -> Optional.of("  padded  ").map(String::trim).filter(s -> s.length() > 3).map(String::toUpperCase)
                .orElse("short"));
        StringBuilder sb = new StringBuilder();
        some.ifPresent(s -> sb.append("present:").append(s));
        none.ifPresent(s -> sb.append("never"));
        some.ifPresentOrElse(s -> sb.append(" yes"), () -> sb.append(" no"));
        none.ifPresentOrElse(s -> sb.append(" yes"), () -> sb.append(" no"));
        System.out.println("ifPresent " + sb);
        System.out.println("equals " + some.equals(Optional.of("kiln")) + " " + none.equals(Optional.empty()) + " " + some.equals("kiln")
                + " hash " + some.hashCode() + " " + none.hashCode() + " " + Optional.of(7).hashCode());

        OptionalInt oi = OptionalInt.of(-5);
        OptionalLong ol = OptionalLong.of(1L << 40);
        OptionalDouble od = OptionalDouble.of(2.5);
        System.out.println(oi + " " + ol + " " + od + " " + OptionalInt.empty() + " " + OptionalLong.empty() + " " + OptionalDouble.empty());
        System.out.println("getAs " + oi.getAsInt() + " " + ol.getAsLong() + " " + od.getAsDouble() + " orElse "
                + OptionalInt.empty().orElse(9) + " " + OptionalLong.empty().orElseGet(() -> 11L) + " "
                + OptionalDouble.empty().orElse(-1.5) + " orElseThrow " + oi.orElseThrow());
        attempt("OptionalInt empty getAsInt", () -> OptionalInt.empty().getAsInt());
        attempt("OptionalLong empty orElseThrow", () -> OptionalLong.empty().orElseThrow());
        attempt("OptionalDouble empty orElseThrow supplier", () -> OptionalDouble.empty().orElseThrow(() -> new NoSuchElementException("none here")));
        StringBuilder prim = new StringBuilder();
        oi.ifPresent(v -> prim.append(v * 2));
        OptionalInt.empty().ifPresentOrElse(v -> prim.append("x"), () -> prim.append(" empty"));
        ol.ifPresentOrElse(v -> prim.append(" ").append(v >> 40), () -> prim.append(" none"));
        System.out.println("primitive ifPresent " + prim);
        System.out.println("OptionalDouble equals -0.0/0.0 " + OptionalDouble.of(-0.0).equals(OptionalDouble.of(0.0)) + " NaN "
                + OptionalDouble.of(Double.NaN).equals(OptionalDouble.of(Double.NaN)) + " hash " + OptionalDouble.of(-0.0).hashCode() + " "
                + OptionalDouble.of(0.0).hashCode() + " int hash " + OptionalInt.of(-5).hashCode() + " long hash "
                + OptionalLong.of(1L << 40).hashCode() + " empty equals " + OptionalInt.empty().equals(OptionalInt.empty())
                + " isEmpty " + OptionalLong.empty().isEmpty());
    }
}
