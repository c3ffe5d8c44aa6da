package java.lang;

import java.io.PrintStream;

/**
 * The superclass of everything {@code throw} accepts: a message, a cause and suppressed exceptions.
 *
 * <p>Kiln records no stack frames yet: {@link #getStackTrace()} is empty unless set with
 * {@link #setStackTrace}, and {@link #printStackTrace()} prints this throwable, its suppressed
 * exceptions and its cause chain in the JDK's layout without {@code at} lines.
 */
public class Throwable implements java.io.Serializable {
    private static final StackTraceElement[] NO_FRAMES = new StackTraceElement[0];
    private static final Throwable[] NO_SUPPRESSED = new Throwable[0];

    private final String detailMessage;
    /** The cause; {@code this} until initialised by a constructor or {@link #initCause}. */
    private Throwable cause = this;
    private StackTraceElement[] stackTrace = NO_FRAMES;
    private Throwable[] suppressed = NO_SUPPRESSED;
    private int suppressedCount;
    private final boolean suppressionEnabled;
    private final boolean stackTraceWritable;

    /** A throwable with no message and an uninitialised cause. */
    public Throwable() {
        this.detailMessage = null;
        this.suppressionEnabled = true;
        this.stackTraceWritable = true;
    }

    /** A throwable with {@code message} and an uninitialised cause. */
    public Throwable(String message) {
        this.detailMessage = message;
        this.suppressionEnabled = true;
        this.stackTraceWritable = true;
    }

    /** A throwable with {@code message} and {@code cause} (which may be null). */
    public Throwable(String message, Throwable cause) {
        this.detailMessage = message;
        this.cause = cause;
        this.suppressionEnabled = true;
        this.stackTraceWritable = true;
    }

    /** A throwable with {@code cause}, whose message is {@code cause.toString()} (null if no cause). */
    public Throwable(Throwable cause) {
        this.detailMessage = cause == null ? null : cause.toString();
        this.cause = cause;
        this.suppressionEnabled = true;
        this.stackTraceWritable = true;
    }

    /**
     * A throwable with {@code message} and {@code cause}; if {@code enableSuppression} is false,
     * {@link #addSuppressed} is ignored, and if {@code writableStackTrace} is false,
     * {@link #setStackTrace} is.
     */
    protected Throwable(String message, Throwable cause, boolean enableSuppression, boolean writableStackTrace) {
        this.detailMessage = message;
        this.cause = cause;
        this.suppressionEnabled = enableSuppression;
        this.stackTraceWritable = writableStackTrace;
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

    /** Prints this throwable and its cause chain to {@code System.err}. */
    public void printStackTrace() {
        printStackTrace(System.err);
    }

    /** Prints this throwable, its suppressed exceptions and its cause chain to {@code s}. */
    public void printStackTrace(PrintStream s) {
        Throwable[] seen = new Throwable[] {this};
        s.println(this);
        printFrames(s, "");
        printRelatives(s, "", seen);
    }

    /** Returns this throwable: Kiln records no frames. */
    public Throwable fillInStackTrace() {
        return this;
    }

    /** A copy of the stack trace: empty unless {@link #setStackTrace} set one. */
    public StackTraceElement[] getStackTrace() {
        return copy(stackTrace);
    }

    /**
     * Sets the stack trace returned by {@link #getStackTrace()} and printed by {@link #printStackTrace()}.
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
        }
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

    private void printFrames(PrintStream s, String prefix) {
        for (StackTraceElement frame : stackTrace) {
            s.println(prefix + "\tat " + frame);
        }
    }

    /** Prints the suppressed exceptions and the cause of this throwable, each with its own relatives. */
    private void printRelatives(PrintStream s, String prefix, Throwable[] seen) {
        for (int i = 0; i < suppressedCount; i++) {
            seen = suppressed[i].printEnclosed(s, "Suppressed: ", prefix + "\t", seen);
        }
        Throwable c = getCause();
        if (c != null) {
            c.printEnclosed(s, "Caused by: ", prefix, seen);
        }
    }

    /** Prints this throwable as a relative of another; returns the grown set of throwables printed. */
    private Throwable[] printEnclosed(PrintStream s, String caption, String prefix, Throwable[] seen) {
        for (Throwable t : seen) {
            if (t == this) {
                s.println(prefix + caption + "[CIRCULAR REFERENCE: " + this + "]");
                return seen;
            }
        }
        Throwable[] grown = new Throwable[seen.length + 1];
        System.arraycopy(seen, 0, grown, 0, seen.length);
        grown[seen.length] = this;
        s.println(prefix + caption + this);
        printFrames(s, prefix);
        printRelatives(s, prefix, grown);
        return grown;
    }

    private static StackTraceElement[] copy(StackTraceElement[] frames) {
        StackTraceElement[] result = new StackTraceElement[frames.length];
        System.arraycopy(frames, 0, result, 0, frames.length);
        return result;
    }
}
