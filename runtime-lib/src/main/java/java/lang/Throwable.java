package java.lang;

import dev.kiln.runtime.StackTrace;
import java.io.PrintStream;

/**
 * The superclass of everything {@code throw} accepts: a message, a cause, suppressed exceptions and a stack
 * trace.
 *
 * <p>The stack trace is captured by {@link #fillInStackTrace()}, which every constructor calls unless the
 * trace is not writable: it records the call sites of the frames on Kiln's shadow stack
 * ({@link StackTrace#capture}), and {@link StackTraceElement}s are only made from them when the trace is
 * asked for or printed.
 */
public class Throwable implements java.io.Serializable {
    private static final StackTraceElement[] NO_FRAMES = new StackTraceElement[0];
    private static final Throwable[] NO_SUPPRESSED = new Throwable[0];

    private final String detailMessage;
    /** The cause; {@code this} until initialised by a constructor or {@link #initCause}. */
    private Throwable cause = this;
    /** The call sites {@link #fillInStackTrace()} captured, innermost first, until they are decoded. */
    private int[] capturedSites;
    /** The stack trace, once decoded or set; null before. */
    private StackTraceElement[] stackTrace;
    private Throwable[] suppressed = NO_SUPPRESSED;
    private int suppressedCount;
    private final boolean suppressionEnabled;
    private final boolean stackTraceWritable;

    /** A throwable with no message and an uninitialised cause. */
    public Throwable() {
        this.suppressionEnabled = true;
        this.stackTraceWritable = true;
        fillInStackTrace();
        this.detailMessage = null;
    }

    /** A throwable with {@code message} and an uninitialised cause. */
    public Throwable(String message) {
        this.suppressionEnabled = true;
        this.stackTraceWritable = true;
        fillInStackTrace();
        this.detailMessage = message;
    }

    /** A throwable with {@code message} and {@code cause} (which may be null). */
    public Throwable(String message, Throwable cause) {
        this.suppressionEnabled = true;
        this.stackTraceWritable = true;
        fillInStackTrace();
        this.detailMessage = message;
        this.cause = cause;
    }

    /** A throwable with {@code cause}, whose message is {@code cause.toString()} (null if no cause). */
    public Throwable(Throwable cause) {
        this.suppressionEnabled = true;
        this.stackTraceWritable = true;
        fillInStackTrace();
        this.detailMessage = cause == null ? null : cause.toString();
        this.cause = cause;
    }

    /**
     * A throwable with {@code message} and {@code cause}; if {@code enableSuppression} is false,
     * {@link #addSuppressed} is ignored, and if {@code writableStackTrace} is false, the stack trace stays
     * empty: neither this constructor, {@link #fillInStackTrace()} nor {@link #setStackTrace} fill it.
     */
    protected Throwable(String message, Throwable cause, boolean enableSuppression, boolean writableStackTrace) {
        this.suppressionEnabled = enableSuppression;
        this.stackTraceWritable = writableStackTrace;
        if (writableStackTrace) {
            fillInStackTrace();
        }
        this.detailMessage = message;
        this.cause = cause;
    }

    /** The detail message, or null. */
    public String getMessage() {
        return detailMessage;
    }

    /**
     * The message {@code t} was given at construction, whatever {@link #getMessage()} is overridden to
     * return: what the JVM reports about a throwable it records ({@link ClassInitFailures}). Static, so
     * that it takes no slot in the vtable of every throwable class.
     */
    static String detailMessageOf(Throwable t) {
        return t.detailMessage;
    }

    /** The message for the default locale: {@link #getMessage()}, as subclasses may override. */
    public String getLocalizedMessage() {
        return getMessage();
    }

    /** The cause, or null if there is none or it is not yet known. */
    public Throwable getCause() {
        return cause == this ? null : cause;
    }

    /**
     * Sets the cause, once, if no constructor set it.
     *
     * @throws IllegalStateException if the cause was already initialised
     * @throws IllegalArgumentException if {@code cause} is this throwable
     */
    public Throwable initCause(Throwable cause) {
        if (this.cause != this) {
            throw new IllegalStateException(
                    "Can't overwrite cause with " + (cause == null ? "a null" : cause.toString()), this);
        }
        if (cause == this) {
            throw new IllegalArgumentException("Self-causation not permitted", this);
        }
        this.cause = cause;
        return this;
    }

    /** The class name, followed by {@code ": "} and the localized message if there is one. */
    public String toString() {
        String name = getClass().getName();
        String message = getLocalizedMessage();
        return message != null ? name + ": " + message : name;
    }

    /** Prints this throwable, its stack trace, suppressed exceptions and cause chain to {@code System.err}. */
    public void printStackTrace() {
        printStackTrace(System.err);
    }

    /**
     * Prints this throwable to {@code s}: its {@code toString()}, one {@code at} line per frame, then each
     * suppressed exception (indented by a tab) and the cause, each with its own suppressed exceptions and
     * cause. An enclosed trace ends with {@code ... n more} instead of the frames it shares, from the
     * bottom, with the trace of the throwable enclosing it; a throwable already printed is shown as a
     * circular reference.
     */
    public void printStackTrace(PrintStream s) {
        Throwable[] seen = new Throwable[] {this};
        s.println(this);
        StackTraceElement[] trace = ourStackTrace();
        for (StackTraceElement frame : trace) {
            s.println("\tat " + frame);
        }
        printRelatives(s, trace, "", seen);
    }

    /**
     * Captures the frames on the stack as this throwable's stack trace, unless the trace is not writable.
     * The frames of this method and of the constructors of this throwable's classes are left out.
     */
    public Throwable fillInStackTrace() {
        if (stackTraceWritable) {
            capturedSites = StackTrace.capture(this);
            stackTrace = null;
        }
        return this;
    }

    /** A copy of the stack trace, innermost frame first (empty if the trace is not writable). */
    public StackTraceElement[] getStackTrace() {
        return copy(ourStackTrace());
    }

    /**
     * Sets the stack trace returned by {@link #getStackTrace()} and printed by {@link #printStackTrace()},
     * unless the trace is not writable.
     *
     * @throws NullPointerException if {@code stackTrace} or one of its elements is null
     */
    public void setStackTrace(StackTraceElement[] stackTrace) {
        StackTraceElement[] frames = copy(stackTrace);
        for (int i = 0; i < frames.length; i++) {
            if (frames[i] == null) {
                throw new NullPointerException("stackTrace[" + i + "]");
            }
        }
        if (stackTraceWritable) {
            this.stackTrace = frames;
            this.capturedSites = null;
        }
    }

    /** The stack trace itself, decoded from the captured sites on first use. */
    private StackTraceElement[] ourStackTrace() {
        if (stackTrace == null) {
            if (capturedSites == null) {
                return NO_FRAMES;
            }
            stackTrace = StackTraceElement.ofSites(capturedSites);
            capturedSites = null;
        }
        return stackTrace;
    }

    /**
     * Records {@code exception} as suppressed in favour of this one (try-with-resources calls this).
     *
     * @throws IllegalArgumentException if {@code exception} is this throwable
     * @throws NullPointerException if {@code exception} is null
     */
    public final void addSuppressed(Throwable exception) {
        if (exception == this) {
            throw new IllegalArgumentException("Self-suppression not permitted", exception);
        }
        if (exception == null) {
            throw new NullPointerException("Cannot suppress a null exception.");
        }
        if (!suppressionEnabled) {
            return;
        }
        if (suppressedCount == suppressed.length) {
            Throwable[] grown = new Throwable[Math.max(4, suppressedCount * 2)];
            System.arraycopy(suppressed, 0, grown, 0, suppressedCount);
            suppressed = grown;
        }
        suppressed[suppressedCount++] = exception;
    }

    /** The suppressed exceptions, in the order they were added. */
    public final Throwable[] getSuppressed() {
        Throwable[] result = new Throwable[suppressedCount];
        System.arraycopy(suppressed, 0, result, 0, suppressedCount);
        return result;
    }

    /** Prints the suppressed exceptions and the cause of this throwable, each with its own relatives. */
    private void printRelatives(PrintStream s, StackTraceElement[] trace, String prefix, Throwable[] seen) {
        for (int i = 0; i < suppressedCount; i++) {
            seen = suppressed[i].printEnclosed(s, trace, "Suppressed: ", prefix + "\t", seen);
        }
        Throwable c = getCause();
        if (c != null) {
            c.printEnclosed(s, trace, "Caused by: ", prefix, seen);
        }
    }

    /**
     * Prints this throwable as a relative of one whose trace is {@code enclosing}; returns the grown set of
     * throwables printed.
     */
    private Throwable[] printEnclosed(PrintStream s, StackTraceElement[] enclosing, String caption, String prefix,
            Throwable[] seen) {
        for (Throwable t : seen) {
            if (t == this) {
                s.println(prefix + caption + "[CIRCULAR REFERENCE: " + this + "]");
                return seen;
            }
        }
        Throwable[] grown = new Throwable[seen.length + 1];
        System.arraycopy(seen, 0, grown, 0, seen.length);
        grown[seen.length] = this;
        StackTraceElement[] trace = ourStackTrace();
        int unique = trace.length;
        for (int e = enclosing.length; unique > 0 && e > 0 && trace[unique - 1].equals(enclosing[e - 1]); e--) {
            unique--;
        }
        s.println(prefix + caption + this);
        for (int i = 0; i < unique; i++) {
            s.println(prefix + "\tat " + trace[i]);
        }
        if (unique < trace.length) {
            s.println(prefix + "\t... " + (trace.length - unique) + " more");
        }
        printRelatives(s, trace, prefix, grown);
        return grown;
    }

    private static StackTraceElement[] copy(StackTraceElement[] frames) {
        StackTraceElement[] result = new StackTraceElement[frames.length];
        System.arraycopy(frames, 0, result, 0, frames.length);
        return result;
    }
}
