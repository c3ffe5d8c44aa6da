package dev.kiln.ir;

/**
 * Where an instruction came from: the bytecode offset in its method and the source line (-1 when the class
 * has no line table). Used by diagnostics, crash reports and stack traces.
 *
 * <p>An instruction the optimizer copied from a callee into its caller ({@code InlineSmallMethods}) keeps its position
 * in the callee, and {@link #inlined} says which method that is and where in the caller the call was (a position which
 * may itself be inlined, for a call inlined into code that was inlined). The backend's frame table turns such a
 * position into the callee's frame on top of the caller's, so stack traces show the frames the calls would have had.
 * Text form: {@code @12:5}, or {@code @12:5 inlined t.Point.getX()int @3:40}.
 */
public record SourcePos(int bytecodeOffset, int line, InlinedAt inlined) {
    public static final SourcePos NONE = new SourcePos(-1, -1);
    /**
     * The line of every instruction in a runtime-library method that stands for a method the JDK implements natively
     * ({@code @dev.kiln.runtime.JdkNative}): stack traces show its frame as {@code Native Method}, as the JVM does.
     */
    public static final int NATIVE_METHOD = -2;

    /** Code of {@code method} inlined at {@code site}, a position in the code it was inlined into. */
    public record InlinedAt(MethodRef method, SourcePos site) {}

    public SourcePos(int bytecodeOffset, int line) {
        this(bytecodeOffset, line, null);
    }

    /** This position in code of {@code method}, now inlined at {@code site}: the chain of inlined calls grows outwards. */
    public SourcePos inlinedInto(MethodRef method, SourcePos site) {
        if (inlined == null) return new SourcePos(bytecodeOffset, line, new InlinedAt(method, site));
        return new SourcePos(bytecodeOffset, line, new InlinedAt(inlined.method(), inlined.site().inlinedInto(method, site)));
    }

    @Override
    public String toString() {
        String own = line >= 0 ? "@" + bytecodeOffset + ":" + line : "@" + bytecodeOffset;
        return inlined == null ? own : own + " inlined " + inlined.method() + " " + inlined.site();
    }
}
