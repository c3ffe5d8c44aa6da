package atomics;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Array element VarHandles of every component type: the access modes, and the exceptions in the JVM's order
 * with the JDK's messages (a null array: the load or store of the plain modes, the array length of the others;
 * an index out of bounds; a value the array cannot hold: aastore's message for plain set, none for the others).
 */
public class VarHandleArrays {
    static final VarHandle INTS = MethodHandles.arrayElementVarHandle(int[].class);
    static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);
    static final VarHandle BYTES = MethodHandles.arrayElementVarHandle(byte[].class);
    static final VarHandle BOOLEANS = MethodHandles.arrayElementVarHandle(boolean[].class);
    static final VarHandle CHARS = MethodHandles.arrayElementVarHandle(char[].class);
    static final VarHandle SHORTS = MethodHandles.arrayElementVarHandle(short[].class);
    static final VarHandle FLOATS = MethodHandles.arrayElementVarHandle(float[].class);
    static final VarHandle DOUBLES = MethodHandles.arrayElementVarHandle(double[].class);
    static final VarHandle OBJECTS = MethodHandles.arrayElementVarHandle(Object[].class);
    static final VarHandle STRINGS = MethodHandles.arrayElementVarHandle(String[].class);

    interface Access {
        Object run();
    }

    static void attempt(String what, Access a) {
        try {
            System.out.println(what + " " + a.run());
        } catch (RuntimeException e) {
            System.out.println(what + " threw " + e);
        }
    }

    static int at(int i) {
        return i;
    }

    static <T> T none() {
        return null;
    }

    static void primitives() {
        int[] ints = {1, 2, 3};
        System.out.println("ints " + (int) INTS.get(ints, 0) + " " + (int) INTS.getAndAdd(ints, 1, 10) + " " + INTS.compareAndSet(ints, 2, 3, 30)
                + " " + (int) INTS.compareAndExchange(ints, 2, 3, 31) + " " + (int) INTS.getAndBitwiseXor(ints, 0, 7) + " "
                + (int) INTS.getAndSetRelease(ints, 1, -1) + " " + ints[0] + "," + ints[1] + "," + ints[2]);
        INTS.setVolatile(ints, 0, (int) INTS.getOpaque(ints, 2) + (int) INTS.getAcquire(ints, 1));
        System.out.println("ints set " + ints[0]);
        long[] longs = new long[2];
        LONGS.set(longs, 1, Long.MIN_VALUE);
        System.out.println("longs " + (long) LONGS.getAndAdd(longs, 1, -1L) + " " + longs[1] + " " + LONGS.weakCompareAndSetPlain(longs, 0, 0L, 5L)
                + " " + (long) LONGS.getAndBitwiseOr(longs, 0, 8L) + " " + longs[0]);
        byte[] bytes = {(byte) 200, 1};
        System.out.println("bytes " + (byte) BYTES.getAndAdd(bytes, 0, (byte) 100) + " " + bytes[0] + " " + (byte) BYTES.getAndBitwiseAnd(bytes, 1, (byte) 3)
                + " " + BYTES.compareAndSet(bytes, 1, (byte) 1, (byte) -1) + " " + bytes[1]);
        boolean[] booleans = new boolean[2];
        System.out.println("booleans " + BOOLEANS.compareAndSet(booleans, 1, false, true) + " " + (boolean) BOOLEANS.getAndBitwiseXor(booleans, 1, true)
                + " " + (boolean) BOOLEANS.getAndBitwiseOr(booleans, 0, true) + " " + booleans[0] + booleans[1]);
        char[] chars = {'a', 'b'};
        System.out.println("chars " + (char) CHARS.getAndAdd(chars, 0, (char) 25) + " " + chars[0] + " " + (char) CHARS.compareAndExchange(chars, 1, 'b', 'c') + chars[1]);
        short[] shorts = {Short.MAX_VALUE};
        System.out.println("shorts " + (short) SHORTS.getAndAdd(shorts, 0, (short) 1) + " " + shorts[0]);
        float[] floats = {Float.NaN, -0.0f};
        System.out.println("floats " + FLOATS.compareAndSet(floats, 0, Float.NaN, 1f) + " " + FLOATS.compareAndSet(floats, 1, 0.0f, 1f)
                + " " + (float) FLOATS.getAndAdd(floats, 0, 0.5f) + " " + floats[0] + " " + floats[1]);
        double[] doubles = {1e300};
        System.out.println("doubles " + (double) DOUBLES.getAndAdd(doubles, 0, 1e300) + " " + doubles[0] + " " + (double) DOUBLES.compareAndExchange(doubles, 0, 2e300, 1.0)
                + " " + DOUBLES.compareAndSet(doubles, 0, 2e300, 1.0) + " " + doubles[0]);
    }

    static void references() {
        Object[] objects = {"a", 1, null};
        System.out.println("objects " + OBJECTS.get(objects, 0) + " " + OBJECTS.getAndSet(objects, 1, 'x') + " " + OBJECTS.compareAndSet(objects, 2, null, "c")
                + " " + OBJECTS.compareAndExchange(objects, 0, "a", 2.0) + " " + objects[0] + objects[1] + objects[2]);
        String[] strings = {"p", "q"};
        System.out.println("strings " + (String) STRINGS.getAndSet(strings, 0, "r") + " " + STRINGS.compareAndSet(strings, 1, "q", "s") + " " + strings[0] + strings[1]);
        Object[] holdsStrings = new String[2];
        attempt("store Integer into String[] plain set", () -> { OBJECTS.set(holdsStrings, 0, 1); return "set"; });
        attempt("store Integer into String[] setVolatile", () -> { OBJECTS.setVolatile(holdsStrings, 0, 1); return "set"; });
        attempt("store Integer into String[] cas", () -> OBJECTS.compareAndSet(holdsStrings, 0, null, 1));
        attempt("store Integer into String[] failing cas", () -> OBJECTS.compareAndSet(holdsStrings, 0, "z", 1));
        attempt("store Integer into String[] getAndSet", () -> OBJECTS.getAndSet(holdsStrings, 1, 2));
        attempt("store Integer into String[] exchange", () -> OBJECTS.compareAndExchange(holdsStrings, 1, null, 2));
        attempt("store String into String[] cas", () -> OBJECTS.compareAndSet(holdsStrings, 1, null, "fits") + " " + holdsStrings[1]);
        attempt("store null into String[] setRelease", () -> { OBJECTS.setRelease(holdsStrings, 1, null); return holdsStrings[1]; });
        attempt("bounds before store check", () -> { OBJECTS.set(holdsStrings, at(2), 1); return "set"; });
        attempt("bounds before store check cas", () -> OBJECTS.compareAndSet(holdsStrings, at(-1), null, 1));
        attempt("String handle given Object[]", () -> STRINGS.get((Object) objects(), 0));
        attempt("String handle set Integer", () -> { STRINGS.set(new String[1], 0, (Object) 5); return "set"; });
    }

    static Object[] objects() {
        return new Object[1];
    }

    static void nulls() {
        int[] ints = none();
        Object[] objects = none();
        boolean[] booleans = none();
        double[] doubles = none();
        attempt("null ints get", () -> (int) INTS.get(ints, 0));
        attempt("null ints set", () -> { INTS.set(ints, 0, 1); return "set"; });
        attempt("null ints getVolatile", () -> (int) INTS.getVolatile(ints, 0));
        attempt("null ints setOpaque", () -> { INTS.setOpaque(ints, 0, 1); return "set"; });
        attempt("null ints cas", () -> INTS.compareAndSet(ints, 0, 1, 2));
        attempt("null ints getAndAdd", () -> (int) INTS.getAndAdd(ints, 0, 1));
        attempt("null objects get", () -> OBJECTS.get(objects, 0));
        attempt("null objects set", () -> { OBJECTS.set(objects, 0, "x"); return "set"; });
        attempt("null objects set wrong", () -> { OBJECTS.set(objects, 9, 1); return "set"; });
        attempt("null objects exchange", () -> OBJECTS.compareAndExchange(objects, 0, null, "x"));
        attempt("null booleans get", () -> (boolean) BOOLEANS.get(booleans, 0));
        attempt("null booleans set", () -> { BOOLEANS.set(booleans, 0, true); return "set"; });
        attempt("null booleans or", () -> (boolean) BOOLEANS.getAndBitwiseOr(booleans, 0, true));
        attempt("null doubles get", () -> (double) DOUBLES.get(doubles, 0));
        attempt("null doubles setRelease", () -> { DOUBLES.setRelease(doubles, 0, 1.0); return "set"; });
        attempt("null chars get", () -> (char) CHARS.get((char[]) none(), 0));
        attempt("null shorts set", () -> { SHORTS.set((short[]) none(), 0, (short) 1); return "set"; });
        attempt("null floats get", () -> (float) FLOATS.get((float[]) none(), 0));
        attempt("null longs set", () -> { LONGS.set((long[]) none(), 0, 1L); return "set"; });
        attempt("null bytes get", () -> (byte) BYTES.get((byte[]) none(), 0));
    }

    static void bounds() {
        long[] longs = new long[3];
        attempt("longs get 3", () -> (long) LONGS.get(longs, at(3)));
        attempt("longs set -1", () -> { LONGS.set(longs, at(-1), 1L); return "set"; });
        attempt("longs getAcquire 3", () -> (long) LONGS.getAcquire(longs, at(3)));
        attempt("longs setVolatile 4", () -> { LONGS.setVolatile(longs, at(4), 1L); return "set"; });
        attempt("longs cas 3", () -> LONGS.compareAndSet(longs, at(3), 0L, 1L));
        attempt("longs getAndBitwiseAnd min", () -> (long) LONGS.getAndBitwiseAnd(longs, at(Integer.MIN_VALUE), 1L));
        attempt("chars exchange 5", () -> (char) CHARS.compareAndExchange(new char[5], at(5), 'a', 'b'));
    }

    public static void main(String[] args) {
        primitives();
        references();
        nulls();
        bounds();
    }
}
