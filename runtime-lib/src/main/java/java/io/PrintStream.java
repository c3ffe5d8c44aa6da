package java.io;

import dev.kiln.runtime.FdOutputStream;

/**
 * Prints text as UTF-8 to an output stream and never throws {@link IOException}: failures set an error
 * flag that {@link #checkError()} reports.
 *
 * <p>With automatic flushing the stream is flushed after each array write, each {@code println}, and
 * each text or byte containing a newline. A high surrogate at the end of one print waits for the next,
 * so a pair split across two {@code print(char)} calls is still encoded as one code point; an unpaired
 * surrogate becomes {@code '?'}. The formatting methods ({@code printf}, {@code format}) append to this
 * stream through a {@link java.util.Formatter}, the JDK's, which writes each piece as it goes: output before
 * a failing specifier is printed. The file and charset constructors are not provided yet.
 */
public class PrintStream extends FilterOutputStream implements Appendable, Closeable {
    private final boolean autoFlush;
    private final byte[] bytes = new byte[256];
    private boolean trouble;
    private boolean closed;
    /** A high surrogate printed last, waiting for its low surrogate; 0 if none. */
    private char pendingHigh;
    /** The formatter of the last {@code format} call, kept while its locale is the one asked for. */
    private java.util.Formatter formatter;

    /**
     * A print stream over {@code out}, without automatic flushing.
     *
     * @throws NullPointerException if {@code out} is null
     */
    public PrintStream(OutputStream out) {
        this(out, false);
    }

    /**
     * A print stream over {@code out}.
     *
     * @throws NullPointerException if {@code out} is null
     */
    public PrintStream(OutputStream out, boolean autoFlush) {
        super(requireStream(out));
        this.autoFlush = autoFlush;
    }

    /** Flushes the underlying stream. */
    public void flush() {
        if (closed) {
            return;
        }
        flushOut();
    }

    /** Flushes and closes the underlying stream; a dangling high surrogate is written as '?'. */
    public void close() {
        if (closed) {
            return;
        }
        try {
            if (pendingHigh != 0) {
                pendingHigh = 0;
                out.write('?');
            }
            out.flush();
            out.close();
        } catch (IOException e) {
            trouble = true;
        }
        closed = true;
    }

    /**
     * The charset this stream encodes text in: always UTF-8. Java SE 18 API, which the JDK 25 class library's
     * {@code OutputStreamWriter} asks a print stream for.
     */
    public java.nio.charset.Charset charset() {
        return java.nio.charset.StandardCharsets.UTF_8;
    }

    /** Flushes, then reports whether any operation has failed. */
    public boolean checkError() {
        flush();
        if (out instanceof PrintStream) {
            return ((PrintStream) out).checkError() || trouble;
        }
        return trouble;
    }

    /** Records a failure for {@link #checkError()}. */
    protected void setError() {
        trouble = true;
    }

    /** Forgets recorded failures. */
    protected void clearError() {
        trouble = false;
    }

    /** Writes the byte {@code b}; flushes if automatic flushing is on and it is a newline. */
    public void write(int b) {
        if (closed) {
            trouble = true;
            return;
        }
        try {
            out.write(b);
            if (b == '\n' && autoFlush) {
                out.flush();
            }
        } catch (IOException e) {
            trouble = true;
        }
    }

    /**
     * Writes {@code buf[off, off + len)}; flushes if automatic flushing is on.
     *
     * @throws IndexOutOfBoundsException if the range is not within {@code buf}
     */
    public void write(byte[] buf, int off, int len) {
        checkFromIndexSize(off, len, buf.length);
        if (closed) {
            trouble = true;
            return;
        }
        try {
            out.write(buf, off, len);
            if (autoFlush) {
                out.flush();
            }
        } catch (IOException e) {
            trouble = true;
        }
    }

    /** Writes all of {@code buf}, as {@link #write(byte[], int, int)}. */
    public void write(byte[] buf) throws IOException {
        write(buf, 0, buf.length);
    }

    /** Writes all of {@code buf}, as {@link #write(byte[], int, int)}. */
    public void writeBytes(byte[] buf) {
        write(buf, 0, buf.length);
    }

    /** Prints {@code "true"} or {@code "false"}. */
    public void print(boolean b) {
        writeText(String.valueOf(b));
    }

    /** Prints {@code c}. */
    public void print(char c) {
        writeText(String.valueOf(c));
    }

    /** Prints {@code i} in decimal. */
    public void print(int i) {
        writeText(String.valueOf(i));
    }

    /** Prints {@code l} in decimal. */
    public void print(long l) {
        writeText(String.valueOf(l));
    }

    /** Prints {@link Float#toString(float)}. */
    public void print(float f) {
        writeText(String.valueOf(f));
    }

    /** Prints {@link Double#toString(double)}. */
    public void print(double d) {
        writeText(String.valueOf(d));
    }

    /**
     * Prints the chars of {@code s}.
     *
     * @throws NullPointerException if {@code s} is null
     */
    public void print(char[] s) {
        writeText(new String(s));
    }

    /**
     * Prints {@code s}, or {@code "null"}. Not through {@code String.valueOf(Object)}: that would make every string
     * printed an argument of the one method that calls {@code toString()} on whatever any caller passes it, and the
     * type flow, which follows the types that reach a parameter but not which call they came from, would keep the
     * {@code toString()} of everything any program passes to it (a {@code Locale}'s in {@code WordStats}).
     */
    public void print(String s) {
        writeText(s == null ? "null" : s);
    }

    /** Prints {@code String.valueOf(obj)}. */
    public void print(Object obj) {
        writeText(String.valueOf(obj));
    }

    /** Ends the line. */
    public void println() {
        newLine();
    }

    /** Prints {@code x} and ends the line. */
    public void println(boolean x) {
        print(x);
        newLine();
    }

    /** Prints {@code x} and ends the line. */
    public void println(char x) {
        print(x);
        newLine();
    }

    /** Prints {@code x} and ends the line. */
    public void println(int x) {
        print(x);
        newLine();
    }

    /** Prints {@code x} and ends the line. */
    public void println(long x) {
        print(x);
        newLine();
    }

    /** Prints {@code x} and ends the line. */
    public void println(float x) {
        print(x);
        newLine();
    }

    /** Prints {@code x} and ends the line. */
    public void println(double x) {
        print(x);
        newLine();
    }

    /** Prints {@code x} and ends the line. */
    public void println(char[] x) {
        print(x);
        newLine();
    }

    /** Prints {@code x} and ends the line. */
    public void println(String x) {
        print(x);
        newLine();
    }

    /** Prints {@code String.valueOf(x)} and ends the line. */
    public void println(Object x) {
        String s = String.valueOf(x);
        print(s);
        newLine();
    }

    /** Prints {@code csq} (or {@code "null"}). */
    public PrintStream append(CharSequence csq) {
        print(String.valueOf(csq));
        return this;
    }

    /** Prints {@code csq[start, end)} ({@code "null"} standing in for a null {@code csq}). */
    public PrintStream append(CharSequence csq, int start, int end) {
        CharSequence s = csq == null ? "null" : csq;
        return append(s.subSequence(start, end));
    }

    /** Prints {@code c}. */
    public PrintStream append(char c) {
        print(c);
        return this;
    }

    /** {@code format(format, args)}. */
    public PrintStream printf(String format, Object... args) {
        return format(format, args);
    }

    /** {@code format(l, format, args)}. */
    public PrintStream printf(java.util.Locale l, String format, Object... args) {
        return format(l, format, args);
    }

    /**
     * Prints {@code format} filled in with {@code args} in the default locale for formatting; on a closed
     * stream only sets the error flag.
     *
     * @throws java.util.IllegalFormatException if the format or an argument is not valid
     */
    public PrintStream format(String format, Object... args) {
        return format(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT), format, args);
    }

    /** Prints {@code format} filled in with {@code args} in locale {@code l} (no localization if null). */
    public PrintStream format(java.util.Locale l, String format, Object... args) {
        if (closed) {
            trouble = true;
            return this;
        }
        if (formatter == null || formatter.locale() != l) {
            formatter = new java.util.Formatter(this, l);
        }
        formatter.format(l, format, args);
        return this;
    }

    private void newLine() {
        writeText("\n");
    }

    /** Encodes {@code s} as UTF-8 into the underlying stream, in chunks of {@link #bytes}. */
    private void writeText(String s) {
        if (closed) {
            trouble = true;
            return;
        }
        char[] chars = StringChars.of(s);
        int n = 0;
        boolean newline = false;
        for (int i = 0; i < chars.length; i++) {
            if (n > bytes.length - 4) {
                if (!emit(n)) {
                    return;
                }
                n = 0;
            }
            char c = chars[i];
            if (pendingHigh != 0) {
                char high = pendingHigh;
                pendingHigh = 0;
                if (Character.isLowSurrogate(c)) {
                    int cp = Character.toCodePoint(high, c);
                    bytes[n++] = (byte) (0xF0 | cp >> 18);
                    bytes[n++] = (byte) (0x80 | (cp >> 12 & 0x3F));
                    bytes[n++] = (byte) (0x80 | (cp >> 6 & 0x3F));
                    bytes[n++] = (byte) (0x80 | (cp & 0x3F));
                    continue;
                }
                bytes[n++] = '?';
            }
            if (c < 0x80) {
                bytes[n++] = (byte) c;
                newline |= c == '\n';
            } else if (c < 0x800) {
                bytes[n++] = (byte) (0xC0 | c >> 6);
                bytes[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c)) {
                pendingHigh = c;
            } else if (Character.isLowSurrogate(c)) {
                bytes[n++] = '?';
            } else {
                bytes[n++] = (byte) (0xE0 | c >> 12);
                bytes[n++] = (byte) (0x80 | (c >> 6 & 0x3F));
                bytes[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        if (emit(n) && newline && autoFlush) {
            flushOut();
        }
    }

    /**
     * Writes {@code bytes[0, n)} to the underlying stream; on a failure records it and returns false. The standard
     * streams' {@link FdOutputStream} reports a failure as a WASI errno, so that printing to them builds no
     * exception and a program that only prints carries none of the code for one.
     */
    private boolean emit(int n) {
        if (out instanceof FdOutputStream fd) {
            if (fd.append(bytes, 0, n) == 0) {
                return true;
            }
        } else {
            try {
                out.write(bytes, 0, n);
                return true;
            } catch (IOException e) {
                // recorded below
            }
        }
        trouble = true;
        return false;
    }

    /** Flushes the underlying stream, recording a failure (without an exception for {@link FdOutputStream}). */
    private void flushOut() {
        if (out instanceof FdOutputStream fd) {
            if (fd.drain() != 0) {
                trouble = true;
            }
            return;
        }
        try {
            out.flush();
        } catch (IOException e) {
            trouble = true;
        }
    }

    private static OutputStream requireStream(OutputStream out) {
        if (out == null) {
            throw new NullPointerException("Null output stream");
        }
        return out;
    }
}
