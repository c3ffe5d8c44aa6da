package dev.kiln.ir;

/**
 * Where an instruction came from: the bytecode offset in its method and the source line (-1 when the class
 * has no line table). Used by diagnostics, crash reports and, later, stack traces.
 */
public record SourcePos(int bytecodeOffset, int line) {
    public static final SourcePos NONE = new SourcePos(-1, -1);
    /**
     * The line of every instruction in a runtime-library method that stands for a method the JDK implements natively
     * ({@code @dev.kiln.runtime.JdkNative}): stack traces show its frame as {@code Native Method}, as the JVM does.
     */
    public static final int NATIVE_METHOD = -2;

    @Override
    public String toString() {
        return line >= 0 ? "@" + bytecodeOffset + ":" + line : "@" + bytecodeOffset;
    }
}
