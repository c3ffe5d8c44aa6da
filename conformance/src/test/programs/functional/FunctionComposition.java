package functional;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Function composition: compose versus andThen order (recorded in a trace), identity and
 * UnaryOperator.identity, BiFunction.andThen, composing many functions through reduce, exceptions thrown
 * mid-chain (the later functions do not run), and the NullPointerException of a null argument to
 * compose/andThen.
 */
public class FunctionComposition {
    static final List<String> TRACE = new ArrayList<>();

    static Function<Integer, Integer> step(String name, Function<Integer, Integer> f) {
        return x -> {
            TRACE.add(name + "(" + x + ")");
            return f.apply(x);
        };
    }

    public static void main(String[] args) {
        Function<Integer, Integer> inc = step("inc", x -> x + 1);
        Function<Integer, Integer> dbl = step("dbl", x -> x * 2);
        Function<Integer, Integer> sq = step("sq", x -> x * x);
        System.out.println("inc.andThen(dbl) " + inc.andThen(dbl).apply(5) + " " + TRACE);
        TRACE.clear();
        System.out.println("inc.compose(dbl) " + inc.compose(dbl).apply(5) + " " + TRACE);
        TRACE.clear();
        System.out.println("sq.compose(inc).andThen(dbl) " + sq.compose(inc).andThen(dbl).apply(3) + " " + TRACE);
        TRACE.clear();
        Function<String, String> id = Function.identity();
        UnaryOperator<String> uid = UnaryOperator.identity();
        System.out.println("identity " + id.apply("same") + " " + uid.apply("also") + " identity is stable " + (Function.identity() != null));
        Function<String, Integer> length = String::length;
        Function<Object, String> describe = o -> "<" + o + ">";
        Function<String, String> both = length.andThen(describe);
        System.out.println("typed chain " + both.apply("kiln") + " " + describe.compose(length).apply("wasm!"));
        List<Function<Integer, Integer>> pipeline = List.of(inc, dbl, sq, inc);
        Function<Integer, Integer> all = pipeline.stream().reduce(Function.identity(), Function::andThen);
        System.out.println("reduced andThen " + all.apply(1) + " " + TRACE);
        TRACE.clear();
        Function<Integer, Integer> allCompose = pipeline.stream().reduce(Function.identity(), Function::compose);
        System.out.println("reduced compose " + allCompose.apply(1) + " " + TRACE);
        TRACE.clear();
        BiFunction<Integer, Integer, Integer> add = Integer::sum;
        BiFunction<Integer, Integer, String> addThenShow = add.andThen(describe);
        System.out.println("BiFunction.andThen " + addThenShow.apply(20, 22));
        Function<Integer, Integer> failing = step("fail", x -> {
            if (x > 3) {
                throw new IllegalStateException("too big: " + x);
            }
            return x;
        });
        try {
            dbl.andThen(failing).andThen(sq).apply(2);
        } catch (IllegalStateException e) {
            System.out.println("mid-chain " + e.getMessage() + " " + TRACE);
        }
        TRACE.clear();
        try {
            inc.andThen(null);
        } catch (NullPointerException e) {
            System.out.println("andThen(null) NPE");
        }
        try {
            inc.compose(null);
        } catch (NullPointerException e) {
            System.out.println("compose(null) NPE");
        }
        Function<Integer, Function<Integer, Integer>> adder = a -> b -> a + b;
        System.out.println("higher order " + adder.apply(3).apply(4) + " " + adder.andThen(f -> f.apply(10)).apply(5));
    }
}
