package java.lang;

import dev.kiln.runtime.FdInputStream;
import dev.kiln.runtime.FdOutputStream;
import dev.kiln.runtime.Wasi;
import java.io.InputStream;
import java.io.PrintStream;

/**
 * Standard streams, time, the environment and array copying for a WASI program.
 *
 * <p>{@link #out} and {@link #err} write UTF-8 to file descriptors 1 and 2 through buffers: {@code err}
 * flushes at every line, {@code out} when its buffer fills, when the program reads {@link #in}, and when
 * it ends (normally, through {@link #exit}, or with an uncaught exception). The standard stream fields
 * are not {@code final} so that {@link #setOut}, {@link #setErr} and {@link #setIn} need no native code;
 * that does not change how compiled code links to them.
 */
public final class System {
    /** Standard input, file descriptor 0. */
    public static InputStream in = new FdInputStream(0);
    /** Standard output, file descriptor 1. */
    public static PrintStream out = new PrintStream(new FdOutputStream(1), false);
    /** Standard error, file descriptor 2; flushed at every line. */
    public static PrintStream err = new PrintStream(new FdOutputStream(2), true);

    private System() {
    }

    /** Replaces standard input. */
    public static void setIn(InputStream in) {
        System.in = in;
    }

    /** Replaces standard output. */
    public static void setOut(PrintStream out) {
        System.out = out;
    }

    /** Replaces standard error. */
    public static void setErr(PrintStream err) {
        System.err = err;
    }

    /** Milliseconds since the Unix epoch, from the WASI wall clock. */
    public static long currentTimeMillis() {
        return Wasi.clockNanos(Wasi.CLOCK_REALTIME) / 1_000_000L;
    }

    /** Nanoseconds from an arbitrary origin, from the WASI monotonic clock. */
    public static long nanoTime() {
        return Wasi.clockNanos(Wasi.CLOCK_MONOTONIC);
    }

    /** Flushes the standard streams and ends the program with exit status {@code status}. */
    public static void exit(int status) {
        out.flush();
        err.flush();
        Wasi.procExit(status);
    }

    /** Kiln has no garbage collector to request anything from: the engine collects on its own. */
    public static void gc() {
    }

    /** The identity hash code of {@code x} (0 for null), whatever {@code x.hashCode()} returns. */
    public static int identityHashCode(Object x) {
        return x == null ? 0 : Object.identityHash(x);
    }

    /**
     * The value of environment variable {@code name}, or null.
     *
     * @throws NullPointerException if {@code name} is null
     */
    public static String getenv(String name) {
        if (name == null) {
            throw new NullPointerException();
        }
        return Wasi.getenv(name);
    }

    /** {@code "\n"}. */
    public static String lineSeparator() {
        return "\n";
    }

    /**
     * A fixed set of system properties: {@code line.separator}, {@code file.separator},
     * {@code path.separator}, {@code file.encoding}, {@code native.encoding}, {@code java.version},
     * {@code java.specification.version}, {@code java.class.version}, {@code java.vendor},
     * {@code java.vm.name} and {@code os.name}; null for any other key.
     *
     * @throws NullPointerException if {@code key} is null
     * @throws IllegalArgumentException if {@code key} is empty
     */
    public static String getProperty(String key) {
        if (key == null) {
            throw new NullPointerException("key can't be null");
        }
        if (key.isEmpty()) {
            throw new IllegalArgumentException("key can't be empty");
        }
        switch (key) {
            case "line.separator": return "\n";
            case "file.separator": return "/";
            case "path.separator": return ":";
            case "file.encoding":
            case "native.encoding":
                return "UTF-8";
            case "java.version":
            case "java.specification.version":
                return "17";
            case "java.class.version": return "61.0";
            case "java.vendor":
            case "java.vm.name":
                return "Kiln";
            case "os.name": return "WASI";
            default: return null;
        }
    }

    /** {@link #getProperty(String)}, or {@code def} if that is null. */
    public static String getProperty(String key, String def) {
        String value = getProperty(key);
        return value == null ? def : value;
    }

    /**
     * Copies {@code length} elements from {@code src[srcPos...]} to {@code dest[destPos...]}, correctly
     * also when the ranges overlap in one array. Reference elements are stored one by one, so an element
     * that {@code dest} cannot hold ends the copy with {@link ArrayStoreException} after the earlier ones.
     *
     * @throws NullPointerException if {@code src} or {@code dest} is null
     * @throws ArrayStoreException if either is not an array or their element types are incompatible
     * @throws ArrayIndexOutOfBoundsException if a range is out of bounds
     */
    public static void arraycopy(Object src, int srcPos, Object dest, int destPos, int length) {
        if (src == null || dest == null) {
            throw new NullPointerException();
        }
        if (src instanceof Object[]) {
            if (!(dest instanceof Object[])) {
                throw mismatch(src, dest);
            }
            Object[] s = (Object[]) src;
            Object[] d = (Object[]) dest;
            checkBounds(src, srcPos, s.length, dest, destPos, d.length, length);
            copyReferences(s, srcPos, d, destPos, length);
        } else if (src instanceof int[]) {
            if (!(dest instanceof int[])) {
                throw mismatch(src, dest);
            }
            int[] s = (int[]) src;
            int[] d = (int[]) dest;
            checkBounds(src, srcPos, s.length, dest, destPos, d.length, length);
            if (s == d && srcPos < destPos) {
                for (int i = length - 1; i >= 0; i--) {
                    d[destPos + i] = s[srcPos + i];
                }
            } else {
                for (int i = 0; i < length; i++) {
                    d[destPos + i] = s[srcPos + i];
                }
            }
        } else if (src instanceof char[]) {
            if (!(dest instanceof char[])) {
                throw mismatch(src, dest);
            }
            char[] s = (char[]) src;
            char[] d = (char[]) dest;
            checkBounds(src, srcPos, s.length, dest, destPos, d.length, length);
            if (s == d && srcPos < destPos) {
                for (int i = length - 1; i >= 0; i--) {
                    d[destPos + i] = s[srcPos + i];
                }
            } else {
                for (int i = 0; i < length; i++) {
                    d[destPos + i] = s[srcPos + i];
                }
            }
        } else if (src instanceof byte[]) {
            if (!(dest instanceof byte[])) {
                throw mismatch(src, dest);
            }
            byte[] s = (byte[]) src;
            byte[] d = (byte[]) dest;
            checkBounds(src, srcPos, s.length, dest, destPos, d.length, length);
            if (s == d && srcPos < destPos) {
                for (int i = length - 1; i >= 0; i--) {
                    d[destPos + i] = s[srcPos + i];
                }
            } else {
                for (int i = 0; i < length; i++) {
                    d[destPos + i] = s[srcPos + i];
                }
            }
        } else if (src instanceof long[]) {
            if (!(dest instanceof long[])) {
                throw mismatch(src, dest);
            }
            long[] s = (long[]) src;
            long[] d = (long[]) dest;
            checkBounds(src, srcPos, s.length, dest, destPos, d.length, length);
            if (s == d && srcPos < destPos) {
                for (int i = length - 1; i >= 0; i--) {
                    d[destPos + i] = s[srcPos + i];
                }
            } else {
                for (int i = 0; i < length; i++) {
                    d[destPos + i] = s[srcPos + i];
                }
            }
        } else if (src instanceof double[]) {
            if (!(dest instanceof double[])) {
                throw mismatch(src, dest);
            }
            double[] s = (double[]) src;
            double[] d = (double[]) dest;
            checkBounds(src, srcPos, s.length, dest, destPos, d.length, length);
            if (s == d && srcPos < destPos) {
                for (int i = length - 1; i >= 0; i--) {
                    d[destPos + i] = s[srcPos + i];
                }
            } else {
                for (int i = 0; i < length; i++) {
                    d[destPos + i] = s[srcPos + i];
                }
            }
        } else {
            copyOtherPrimitives(src, srcPos, dest, destPos, length);
        }
    }

    /** The {@code boolean}, {@code short} and {@code float} cases of {@link #arraycopy}. */
    private static void copyOtherPrimitives(Object src, int srcPos, Object dest, int destPos, int length) {
        if (src instanceof boolean[]) {
            if (!(dest instanceof boolean[])) {
                throw mismatch(src, dest);
            }
            boolean[] s = (boolean[]) src;
            boolean[] d = (boolean[]) dest;
            checkBounds(src, srcPos, s.length, dest, destPos, d.length, length);
            if (s == d && srcPos < destPos) {
                for (int i = length - 1; i >= 0; i--) {
                    d[destPos + i] = s[srcPos + i];
                }
            } else {
                for (int i = 0; i < length; i++) {
                    d[destPos + i] = s[srcPos + i];
                }
            }
        } else if (src instanceof short[]) {
            if (!(dest instanceof short[])) {
                throw mismatch(src, dest);
            }
            short[] s = (short[]) src;
            short[] d = (short[]) dest;
            checkBounds(src, srcPos, s.length, dest, destPos, d.length, length);
            if (s == d && srcPos < destPos) {
                for (int i = length - 1; i >= 0; i--) {
                    d[destPos + i] = s[srcPos + i];
                }
            } else {
                for (int i = 0; i < length; i++) {
                    d[destPos + i] = s[srcPos + i];
                }
            }
        } else if (src instanceof float[]) {
            if (!(dest instanceof float[])) {
                throw mismatch(src, dest);
            }
            float[] s = (float[]) src;
            float[] d = (float[]) dest;
            checkBounds(src, srcPos, s.length, dest, destPos, d.length, length);
            if (s == d && srcPos < destPos) {
                for (int i = length - 1; i >= 0; i--) {
                    d[destPos + i] = s[srcPos + i];
                }
            } else {
                for (int i = 0; i < length; i++) {
                    d[destPos + i] = s[srcPos + i];
                }
            }
        } else {
            throw new ArrayStoreException("arraycopy: source type " + src.getClass().getName() + " is not an array");
        }
    }

    private static void copyReferences(Object[] s, int srcPos, Object[] d, int destPos, int length) {
        int i = 0;
        try {
            if (s == d && srcPos < destPos) {
                for (i = length - 1; i >= 0; i--) {
                    d[destPos + i] = s[srcPos + i];
                }
            } else {
                for (; i < length; i++) {
                    d[destPos + i] = s[srcPos + i];
                }
            }
        } catch (ArrayStoreException e) {
            String element = d.getClass().getName().substring(1);
            if (element.startsWith("L")) {
                element = element.substring(1, element.length() - 1);
            }
            throw new ArrayStoreException("arraycopy: element type mismatch: can not cast one of the elements of "
                    + s.getClass().getTypeName() + " to the type of the destination array, " + element);
        }
    }

    private static void checkBounds(Object src, int srcPos, int srcLength, Object dest, int destPos, int destLength,
                                    int length) {
        if (srcPos < 0) {
            throw outOfBounds("source index " + srcPos, src, srcLength);
        }
        if (destPos < 0) {
            throw outOfBounds("destination index " + destPos, dest, destLength);
        }
        if (length < 0) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: length " + length + " is negative");
        }
        if ((long) srcPos + length > srcLength) {
            throw outOfBounds("last source index " + ((long) srcPos + length), src, srcLength);
        }
        if ((long) destPos + length > destLength) {
            throw outOfBounds("last destination index " + ((long) destPos + length), dest, destLength);
        }
    }

    private static ArrayIndexOutOfBoundsException outOfBounds(String what, Object array, int length) {
        return new ArrayIndexOutOfBoundsException(
                "arraycopy: " + what + " out of bounds for " + kind(array) + "[" + length + "]");
    }

    private static ArrayStoreException mismatch(Object src, Object dest) {
        if (!dest.getClass().isArray()) {
            return new ArrayStoreException(
                    "arraycopy: destination type " + dest.getClass().getName() + " is not an array");
        }
        return new ArrayStoreException(
                "arraycopy: type mismatch: can not copy " + kind(src) + "[] into " + kind(dest) + "[]");
    }

    /** The element kind as the JVM's messages name it: {@code int}, ..., or {@code object array}. */
    private static String kind(Object array) {
        switch (array.getClass().getName().charAt(1)) {
            case 'Z': return "boolean";
            case 'B': return "byte";
            case 'C': return "char";
            case 'S': return "short";
            case 'I': return "int";
            case 'J': return "long";
            case 'F': return "float";
            case 'D': return "double";
            default: return "object array";
        }
    }
}
