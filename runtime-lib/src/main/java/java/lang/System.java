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

    /**
     * The environment as an unmodifiable map of names to values, read from the host (WASI's {@code environ_get})
     * on each call. An entry without {@code =} is left out, as the JVM leaves it out on Linux.
     */
    public static java.util.Map<String, String> getenv() {
        java.util.Map<String, String> env = new java.util.HashMap<>();
        for (String entry : Wasi.environment()) {
            int eq = entry.indexOf('=');
            if (eq > 0) {
                env.putIfAbsent(entry.substring(0, eq), entry.substring(eq + 1));
            }
        }
        return java.util.Collections.unmodifiableMap(env);
    }

    /** {@code "\n"}. */
    public static String lineSeparator() {
        return "\n";
    }

    /**
     * A logger that writes records of level {@code INFO} and above to {@link #err}, one line each:
     * {@code LEVEL: message} with java.util.logging's level names (ERROR is {@code SEVERE}), and the stack
     * trace of a throwable after it. The JDK's default logger (java.util.logging's console handler) writes
     * a line with the date, class and method before each; Kiln leaves it out, as it differs from run to run.
     */
    public static Logger getLogger(String name) {
        if (name == null) {
            throw new NullPointerException();
        }
        return new dev.kiln.runtime.ConsoleLogger(name);
    }

    /** A logger, as specified by Java SE; {@link #getLogger(String)} makes them. */
    public interface Logger {
        /** The levels of severity, ordered. */
        enum Level {
            ALL(Integer.MIN_VALUE), TRACE(400), DEBUG(500), INFO(800), WARNING(900), ERROR(1000), OFF(Integer.MAX_VALUE);

            private final int severity;

            Level(int severity) {
                this.severity = severity;
            }

            /** The name of the level. */
            public final String getName() {
                return name();
            }

            /** The severity of the level. */
            public final int getSeverity() {
                return severity;
            }
        }

        /** The name of the logger. */
        String getName();

        /** Whether a message of {@code level} would be logged. */
        boolean isLoggable(Level level);

        /** Logs {@code msg}. */
        default void log(Level level, String msg) {
            log(level, (java.util.ResourceBundle) null, msg, (Object[]) null);
        }

        /** Logs the message {@code msgSupplier} gives, if {@code level} is loggable. */
        default void log(Level level, java.util.function.Supplier<String> msgSupplier) {
            if (msgSupplier == null || level == null) {
                throw new NullPointerException();
            }
            if (isLoggable(level)) {
                log(level, (java.util.ResourceBundle) null, msgSupplier.get(), (Object[]) null);
            }
        }

        /** Logs {@code obj.toString()}, if {@code level} is loggable. */
        default void log(Level level, Object obj) {
            if (obj == null || level == null) {
                throw new NullPointerException();
            }
            if (isLoggable(level)) {
                log(level, (java.util.ResourceBundle) null, obj.toString(), (Object[]) null);
            }
        }

        /** Logs {@code msg} and {@code thrown}. */
        default void log(Level level, String msg, Throwable thrown) {
            log(level, null, msg, thrown);
        }

        /** Logs the message {@code msgSupplier} gives and {@code thrown}, if {@code level} is loggable. */
        default void log(Level level, java.util.function.Supplier<String> msgSupplier, Throwable thrown) {
            if (msgSupplier == null || level == null) {
                throw new NullPointerException();
            }
            if (isLoggable(level)) {
                log(level, null, msgSupplier.get(), thrown);
            }
        }

        /** Logs {@code format} with {@code params}. */
        default void log(Level level, String format, Object... params) {
            log(level, null, format, params);
        }

        /** Logs {@code msg}, localized by {@code bundle} if not null, and {@code thrown}. */
        void log(Level level, java.util.ResourceBundle bundle, String msg, Throwable thrown);

        /** Logs {@code format}, localized by {@code bundle} if not null, with {@code params}. */
        void log(Level level, java.util.ResourceBundle bundle, String format, Object... params);
    }

    /** Null: a Kiln program runs without a security manager. */
    @SuppressWarnings("removal")
    public static SecurityManager getSecurityManager() {
        return null;
    }

    /**
     * The system properties: a fixed set that describes Kiln's platform, the same for every run. The
     * locale is {@code en_US} (what the conformance tests give the reference JVM with
     * {@code -Duser.language=en -Duser.country=US}); the paths and the user are placeholders, since a WASI
     * program has no home, installation or working directory of its own.
     */
    private static final String[] PROPERTIES = {
        "file.encoding", "UTF-8",
        "file.separator", "/",
        "java.class.version", "61.0",
        "java.home", "/",
        "java.io.tmpdir", "/tmp",
        "java.specification.version", "17",
        "java.vendor", "Kiln",
        "java.version", "17",
        "java.vm.name", "Kiln",
        "line.separator", "\n",
        "native.encoding", "UTF-8",
        "os.arch", "wasm",
        "os.name", "WASI",
        "os.version", "preview1",
        "path.separator", ":",
        "sun.jnu.encoding", "UTF-8",
        "user.country", "US",
        "user.dir", "/",
        "user.home", "/",
        "user.language", "en",
        "user.name", "",
    };

    /**
     * The system property {@code key}, or null: one of {@link #PROPERTIES} until the program asks for
     * {@link #getProperties()} or sets one, then whatever that object holds ({@code SystemProperties.object}).
     *
     * @throws NullPointerException if {@code key} is null
     * @throws IllegalArgumentException if {@code key} is empty
     */
    public static String getProperty(String key) {
        checkKey(key);
        java.util.Properties p = dev.kiln.runtime.SystemProperties.object;
        if (p != null) {
            return p.getProperty(key);
        }
        for (int i = 0; i < PROPERTIES.length; i += 2) {
            if (PROPERTIES[i].equals(key)) {
                return PROPERTIES[i + 1];
            }
        }
        return null;
    }

    /** {@link #getProperty(String)}, or {@code def} if that is null. */
    public static String getProperty(String key, String def) {
        String value = getProperty(key);
        return value == null ? def : value;
    }

    /**
     * The system properties, one object for the whole run: changes to it are what {@link #getProperty}
     * returns from then on.
     */
    public static java.util.Properties getProperties() {
        java.util.Properties p = dev.kiln.runtime.SystemProperties.object;
        if (p == null) {
            p = new java.util.Properties();
            for (int i = 0; i < PROPERTIES.length; i += 2) {
                p.setProperty(PROPERTIES[i], PROPERTIES[i + 1]);
            }
            dev.kiln.runtime.SystemProperties.object = p;
        }
        return p;
    }

    /**
     * Sets the system property {@code key} to {@code value}; returns the previous value.
     *
     * @throws NullPointerException if {@code key} or {@code value} is null
     * @throws IllegalArgumentException if {@code key} is empty
     */
    public static String setProperty(String key, String value) {
        checkKey(key);
        return (String) getProperties().setProperty(key, value);
    }

    /**
     * Removes the system property {@code key}; returns its value.
     *
     * @throws NullPointerException if {@code key} is null
     * @throws IllegalArgumentException if {@code key} is empty
     */
    public static String clearProperty(String key) {
        checkKey(key);
        return (String) getProperties().remove(key);
    }

    private static void checkKey(String key) {
        if (key == null) {
            throw new NullPointerException("key can't be null");
        }
        if (key.isEmpty()) {
            throw new IllegalArgumentException("key can't be empty");
        }
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
    @dev.kiln.runtime.JdkNative
    public static void arraycopy(Object src, int srcPos, Object dest, int destPos, int length) {
        ArrayCopy.copy(src, srcPos, dest, destPos, length);
    }

    // The overloads below are what a call of arraycopy runs when the lifter knows both arrays' types
    // (TypedArrayCopies in frontend-bytecode): of one primitive array type, or both reference arrays. They are
    // private, so no Java code names them, and carry arraycopy's name, so stack traces show the JVM's frame.

    @dev.kiln.runtime.JdkNative
    private static void arraycopy(boolean[] src, int srcPos, boolean[] dest, int destPos, int length) {
        ArrayCopy.copy(src, srcPos, dest, destPos, length);
    }

    @dev.kiln.runtime.JdkNative
    private static void arraycopy(byte[] src, int srcPos, byte[] dest, int destPos, int length) {
        ArrayCopy.copy(src, srcPos, dest, destPos, length);
    }

    @dev.kiln.runtime.JdkNative
    private static void arraycopy(char[] src, int srcPos, char[] dest, int destPos, int length) {
        ArrayCopy.copy(src, srcPos, dest, destPos, length);
    }

    @dev.kiln.runtime.JdkNative
    private static void arraycopy(short[] src, int srcPos, short[] dest, int destPos, int length) {
        ArrayCopy.copy(src, srcPos, dest, destPos, length);
    }

    @dev.kiln.runtime.JdkNative
    private static void arraycopy(int[] src, int srcPos, int[] dest, int destPos, int length) {
        ArrayCopy.copy(src, srcPos, dest, destPos, length);
    }

    @dev.kiln.runtime.JdkNative
    private static void arraycopy(long[] src, int srcPos, long[] dest, int destPos, int length) {
        ArrayCopy.copy(src, srcPos, dest, destPos, length);
    }

    @dev.kiln.runtime.JdkNative
    private static void arraycopy(float[] src, int srcPos, float[] dest, int destPos, int length) {
        ArrayCopy.copy(src, srcPos, dest, destPos, length);
    }

    @dev.kiln.runtime.JdkNative
    private static void arraycopy(double[] src, int srcPos, double[] dest, int destPos, int length) {
        ArrayCopy.copy(src, srcPos, dest, destPos, length);
    }

    @dev.kiln.runtime.JdkNative
    private static void arraycopy(Object[] src, int srcPos, Object[] dest, int destPos, int length) {
        ArrayCopy.copy(src, srcPos, dest, destPos, length);
    }
}
