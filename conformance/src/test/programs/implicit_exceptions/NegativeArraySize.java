package implicit_exceptions;

/** NegativeArraySizeException from every kind of array creation, multi-dimensional ones checking all lengths first. */
public class NegativeArraySize {
    static int size(int n) {
        return n;
    }

    static void report(String label, NegativeArraySizeException e) {
        System.out.println(label + ": " + e.getMessage());
    }

    public static void main(String[] args) {
        try { System.out.println(new int[size(-1)].length); } catch (NegativeArraySizeException e) { report("int", e); }
        try { System.out.println(new long[size(-2)].length); } catch (NegativeArraySizeException e) { report("long", e); }
        try { System.out.println(new boolean[size(-3)].length); } catch (NegativeArraySizeException e) { report("boolean", e); }
        try { System.out.println(new char[size(-4)].length); } catch (NegativeArraySizeException e) { report("char", e); }
        try { System.out.println(new String[size(-5)].length); } catch (NegativeArraySizeException e) { report("String", e); }
        try { System.out.println(new int[size(Integer.MIN_VALUE)].length); } catch (NegativeArraySizeException e) { report("min", e); }
        try { System.out.println(new int[size(-6)][2].length); } catch (NegativeArraySizeException e) { report("outer", e); }
        try { System.out.println(new int[2][size(-7)].length); } catch (NegativeArraySizeException e) { report("inner", e); }
        try { System.out.println(new int[0][size(-8)].length); } catch (NegativeArraySizeException e) { report("inner of empty", e); }
        try { System.out.println(new int[size(-9)][size(-10)].length); } catch (NegativeArraySizeException e) { report("both", e); }
        try { System.out.println(new String[1][1][size(-11)].length); } catch (NegativeArraySizeException e) { report("third", e); }
        try { System.out.println(new int[size(-12)][].length); } catch (NegativeArraySizeException e) { report("partial", e); }
        System.out.println("empty: " + new int[size(0)].length + " " + new int[size(0)][size(0)].length);
        System.out.println("done");
    }
}
