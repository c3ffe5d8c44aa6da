package java.lang;

import dev.kiln.runtime.ArrayCopy;
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

    /**
     * Runs the shutdown hooks, flushes the standard streams and ends the program with exit status
     * {@code status} ({@link Runtime#exit}).
     */
    public static void exit(int status) {
        Runtime.getRuntime().exit(status);
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
     * Always null: a Kiln program has no security manager (nor, from Java SE 24 on, has any Java program).
     */
    @Deprecated
    public static SecurityManager getSecurityManager() {
        return null;
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
     * also when the ranges overlap in one array; see {@link ArrayCopy} for the checks and their messages.
     *
     * @throws NullPointerException if {@code src} or {@code dest} is null
     * @throws ArrayStoreException if either is not an array, their element types are incompatible, or an
     *     element cannot be stored in {@code dest} (the elements before it are copied)
     * @throws ArrayIndexOutOfBoundsException if a range is out of bounds
     */
    public static void arraycopy(Object src, int srcPos, Object dest, int destPos, int length) {
        ArrayCopy.copy(src, srcPos, dest, destPos, length);
    }
}
