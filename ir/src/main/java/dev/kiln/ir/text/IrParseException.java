package dev.kiln.ir.text;

/** The text given to {@link IrParser} is not well-formed IR text; says where and why. */
public final class IrParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    IrParseException(int line, int column, String message, String lineText) {
        super("line " + line + ", column " + column + ": " + message
                + (lineText == null ? "" : "\n  " + lineText + "\n  " + " ".repeat(Math.max(0, column - 1)) + "^"));
        this.line = line;
        this.column = column;
    }

    /** 1-based line number of the problem. */
    public int line() { return line; }

    /** 1-based column of the problem. */
    public int column() { return column; }
}
