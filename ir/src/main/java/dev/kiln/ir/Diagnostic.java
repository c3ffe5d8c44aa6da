package dev.kiln.ir;

/**
 * One compile-time problem, located as precisely as the stage that found it can: the input file (class
 * file, jar entry or source file name), the class, the method (name and signature), the bytecode offset and
 * the source line. Unknown parts are null or -1. {@link #format()} gives the one-line form the CLI prints:
 * <pre>
 * Main.java:12: error: monitorenter is not supported yet [example.Main.run()void, bytecode offset 17]
 * </pre>
 */
public record Diagnostic(Severity severity, String file, String className, String method, int bytecodeOffset,
                         int line, String message) {
    public enum Severity { ERROR, WARNING }

    public static Diagnostic error(String message) {
        return new Diagnostic(Severity.ERROR, null, null, null, -1, -1, message);
    }

    /** An error inside a method at a position; {@code file} is the class's source file if known. */
    public static Diagnostic error(String file, String className, String method, SourcePos pos, String message) {
        return new Diagnostic(Severity.ERROR, file, className, method, pos.bytecodeOffset(), pos.line(), message);
    }

    public String format() {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
            if (line >= 0) sb.append(':').append(line);
            sb.append(": ");
        }
        sb.append(severity == Severity.ERROR ? "error: " : "warning: ").append(message);
        if (className != null || method != null || bytecodeOffset >= 0) {
            sb.append(" [");
            String where = method != null ? method : className;
            if (where != null) sb.append(where);
            if (bytecodeOffset >= 0) sb.append(where != null ? ", " : "").append("bytecode offset ").append(bytecodeOffset);
            sb.append(']');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
