package dev.kiln.ir.text;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import dev.kiln.ir.Handler;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.Phi;
import dev.kiln.ir.ResultTypes;
import dev.kiln.ir.SourcePos;
import dev.kiln.ir.Value;
import java.util.stream.Collectors;

/**
 * Lays out listings line by line: indentation, and the {@link LineNotes} under each element. Function
 * bodies are written here; class and program structure is {@link DeclWriter}'s.
 */
final class ListingWriter {
    private final StringBuilder out = new StringBuilder();
    private final LineNotes notes;

    ListingWriter(LineNotes notes) {
        this.notes = notes;
    }

    void line(int indent, String text, Object element) {
        String pad = " ".repeat(indent);
        out.append(pad).append(text).append('\n');
        if (element == null) return;
        for (String note : notes.under(element)) out.append(pad).append("; ").append(note).append('\n');
    }

    void blankLine() {
        out.append('\n');
    }

    /**
     * The header line (the given start, then the parameters and an opening brace), the blocks, then the
     * closing brace. Labels sit at {@code indent}, block contents two spaces deeper.
     */
    void function(int indent, String header, Function f) {
        line(indent, header + " (" + params(f) + ") {", f);
        for (Block b : f.blocks()) block(indent, b);
        line(indent, "}", null);
    }

    void block(int indent, Block b) {
        line(indent, b + ":", b);
        for (Handler h : b.handlers()) line(indent + 2, handler(h), h);
        for (Phi p : b.phis()) line(indent + 2, phi(p), p);
        for (Instruction i : b.instructions()) line(indent + 2, instruction(i), i);
    }

    static String params(Function f) {
        return f.params().stream().map(v -> v + ": " + v.type()).collect(Collectors.joining(", "));
    }

    static String handler(Handler h) {
        return "catch " + (h.catchType() == null ? "any" : h.catchType()) + " -> " + h.target();
    }

    static String phi(Phi p) {
        String inputs = p.inputs().stream().map(in -> "[" + in.from() + ": " + in.value() + "]")
                .collect(Collectors.joining(", "));
        String head = p.result() + " = phi " + p.result().type();
        return inputs.isEmpty() ? head : head + " " + inputs;
    }

    /**
     * A result carries {@code : type} only when its type is not what the operation produces
     * ({@link ResultTypes}), so ordinary lines read like the Javadoc forms yet every type survives.
     */
    static String instruction(Instruction i) {
        StringBuilder sb = new StringBuilder();
        Value r = i.result();
        if (r != null) {
            sb.append(r);
            if (!(i instanceof Insn.Caught) && !r.type().equals(ResultTypes.of(i))) sb.append(": ").append(r.type());
            sb.append(" = ");
        }
        sb.append(i.accept(InsnText.INSTANCE));
        if (!i.pos().equals(SourcePos.NONE)) sb.append(' ').append(i.pos());
        return sb.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
