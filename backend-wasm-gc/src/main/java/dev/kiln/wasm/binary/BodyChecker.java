package dev.kiln.wasm.binary;

import dev.kiln.wasm.model.BlockType;
import dev.kiln.wasm.model.Catch;
import dev.kiln.wasm.model.CompositeType;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Local;
import dev.kiln.wasm.model.Op;
import dev.kiln.wasm.model.TypeDef;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks, one instruction at a time, what the model cannot guarantee by construction and what an engine
 * would only report as a byte offset. Invariants:
 * <ul>
 *   <li>every {@code block}/{@code loop}/{@code if}/{@code try_table} is closed by exactly one {@code end}
 *       (the function's own final {@code end} is implicit), and {@code else} only appears once, directly
 *       inside an {@code if};</li>
 *   <li>every branch depth names an enclosing label: {@code 0..open blocks} where the last is the
 *       function body; {@code try_table} catch labels count from outside the {@code try_table};</li>
 *   <li>every local belongs to the function being written;</li>
 *   <li>struct, array and function-type immediates name a type of the right kind, struct field indices
 *       exist, and block types given by index are function types;</li>
 *   <li>memory instructions only appear in a module with a memory.</li>
 * </ul>
 * Type checking of the operand stack is left to engines; the tests validate every module with one.
 * Messages carry no location: the caller adds the function and the instruction index.
 */
final class BodyChecker {
    private final List<Local> locals;
    private final boolean hasMemory;
    private final List<Op> open = new ArrayList<>();
    private final List<Boolean> sawElse = new ArrayList<>();

    /** {@code locals} are the function's parameters and locals; empty for a constant expression. */
    BodyChecker(List<Local> locals, boolean hasMemory) {
        this.locals = locals;
        this.hasMemory = hasMemory;
    }

    void step(Instr i) {
        switch (i.op.imm) {
            case BLOCK_TYPE -> blockType((BlockType) i.ref);
            case TRY_TABLE -> {
                blockType((BlockType) i.ref);
                for (Catch c : i.catches) {
                    boolean needsTag = c.kind() == Catch.Kind.CATCH || c.kind() == Catch.Kind.CATCH_REF;
                    if (needsTag != (c.tag() != null)) throw new IllegalStateException(c.kind() + " with tag " + c.tag());
                    label(c.label());
                }
            }
            case LABEL, BR_ON_CAST -> label(i.num);
            case LABEL_TABLE -> {
                for (int depth : i.labels) label(depth);
            }
            case LOCAL -> local((Local) i.ref);
            case TYPE, TYPE_FIELD, TYPE_COUNT, TYPE_DATA, TYPE_TYPE -> typeKind(i);
            case MEMARG, MEMORY -> requireMemory();
            default -> { }
        }
        if (i.op == Op.MEMORY_INIT) requireMemory();
        if (i.op.opensBlock()) {
            open.add(i.op);
            sawElse.add(false);
        } else if (i.op == Op.ELSE) {
            int top = open.size() - 1;
            if (top < 0 || open.get(top) != Op.IF || sawElse.get(top)) throw new IllegalStateException("else without an open if");
            sawElse.set(top, true);
        } else if (i.op == Op.END) {
            if (open.isEmpty()) throw new IllegalStateException("end without an open block (the function's end is implicit)");
            open.remove(open.size() - 1);
            sawElse.remove(sawElse.size() - 1);
        }
    }

    /** Called after the last instruction. */
    void finish() {
        if (!open.isEmpty()) throw new IllegalStateException(open.size() + " block(s) not closed, innermost " + open.get(open.size() - 1).text());
    }

    private void label(long depth) {
        if (depth < 0 || depth > open.size()) {
            throw new IllegalStateException("label depth " + depth + " out of range: " + (open.size() + 1) + " enclosing label(s)");
        }
    }

    private void local(Local l) {
        if (l.index() >= locals.size() || locals.get(l.index()) != l) {
            throw new IllegalStateException("local " + l + " is not in scope (it belongs to another function)");
        }
    }

    private static void blockType(BlockType b) {
        if (b.funcType() != null) kind(b.funcType(), CompositeType.Func.class, "block type");
    }

    private void requireMemory() {
        if (!hasMemory) throw new IllegalStateException("memory instruction in a module without memory");
    }

    private static void typeKind(Instr i) {
        TypeDef t = (TypeDef) i.ref;
        String text = i.op.text();
        if (text.startsWith("struct.")) {
            kind(t, CompositeType.Struct.class, text);
            if (i.op.imm == Op.Imm.TYPE_FIELD && (i.num < 0 || i.num >= t.struct().fields().size())) {
                throw new IllegalStateException("field " + i.num + " out of range for " + t + " with " + t.struct().fields().size() + " field(s)");
            }
        } else if (text.startsWith("array.")) {
            kind(t, CompositeType.Array.class, text);
            if (i.op == Op.ARRAY_COPY) kind((TypeDef) i.ref2, CompositeType.Array.class, text + " source");
        } else {
            kind(t, CompositeType.Func.class, text);
        }
    }

    private static void kind(TypeDef t, Class<? extends CompositeType> expected, String what) {
        if (!expected.isInstance(t.composite())) {
            throw new IllegalStateException(what + " needs a " + expected.getSimpleName().toLowerCase(java.util.Locale.ROOT) + " type, " + t + " is not one");
        }
    }
}
