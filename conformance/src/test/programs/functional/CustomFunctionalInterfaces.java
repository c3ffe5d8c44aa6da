package functional;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A program's own functional interfaces used like java.util.function's: a TriFunction with a default
 * andThen, a checked-exception-throwing function wrapped into a Function (the checked exception carried
 * as the cause of a RuntimeException), a generic Validator with combinators returning error lists, and
 * adapting between custom and library interfaces with method references.
 */
public class CustomFunctionalInterfaces {
    @FunctionalInterface
    interface TriFunction<A, B, C, R> {
        R apply(A a, B b, C c);

        default <V> TriFunction<A, B, C, V> andThen(Function<? super R, ? extends V> after) {
            return (a, b, c) -> after.apply(apply(a, b, c));
        }
    }

    @FunctionalInterface
    interface ThrowingFunction<T, R> {
        R apply(T t) throws Exception;

        static <T, R> Function<T, R> unchecked(ThrowingFunction<T, R> f) {
            return t -> {
                try {
                    return f.apply(t);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new RuntimeException("wrapped: " + e.getMessage(), e);
                }
            };
        }
    }

    @FunctionalInterface
    interface Validator<T> {
        List<String> validate(T t);

        default Validator<T> and(Validator<T> other) {
            return t -> {
                List<String> errors = new ArrayList<>(validate(t));
                errors.addAll(other.validate(t));
                return errors;
            };
        }

        static <T> Validator<T> of(java.util.function.Predicate<T> ok, String message) {
            return t -> ok.test(t) ? List.of() : List.of(message);
        }
    }

    static int parsePositive(String s) throws Exception {
        int v = Integer.parseInt(s);
        if (v <= 0) {
            throw new Exception("not positive: " + v);
        }
        return v;
    }

    public static void main(String[] args) {
        TriFunction<Integer, Integer, Integer, Integer> volume = (a, b, c) -> a * b * c;
        System.out.println("tri " + volume.apply(2, 3, 4) + " andThen " + volume.andThen(v -> "v=" + v).apply(1, 5, 7));
        Function<String, Integer> safe = ThrowingFunction.unchecked(CustomFunctionalInterfaces::parsePositive);
        for (String s : new String[] {"12", "-3", "x"}) {
            try {
                System.out.println("parse " + s + " = " + safe.apply(s));
            } catch (NumberFormatException e) {
                System.out.println("parse " + s + " NumberFormatException " + e.getMessage());
            } catch (RuntimeException e) {
                System.out.println("parse " + s + " " + e.getMessage() + " cause " + e.getCause().getClass().getSimpleName());
            }
        }
        Validator<String> notEmpty = Validator.of(s -> !s.isEmpty(), "empty");
        Validator<String> shortEnough = Validator.of(s -> s.length() <= 5, "too long");
        Validator<String> lower = Validator.of(s -> s.equals(s.toLowerCase()), "not lower case");
        Validator<String> all = notEmpty.and(shortEnough).and(lower);
        for (String s : new String[] {"kiln", "", "WebAssembly", "Kiln"}) {
            System.out.println("validate [" + s + "] " + all.validate(s));
        }
        Function<String, Integer> fromMethodRef = String::length;
        TriFunction<String, Integer, Integer, String> sub = String::substring;
        System.out.println("adapted " + fromMethodRef.apply("adapt") + " " + sub.apply("kilnwasm", 4, 8) + " " + sub.andThen(fromMethodRef).apply("abcdef", 1, 3));
        Runnable r = () -> System.out.println("runnable ran");
        r.run();
        java.util.concurrent.Callable<String> callable = () -> "callable";
        try {
            System.out.println(callable.call());
        } catch (Exception e) {
            System.out.println("unexpected");
        }
    }
}
