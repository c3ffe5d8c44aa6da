package dev.kiln.frontend.lift;

import dev.kiln.ir.JType;

/**
 * The static types of the locals and the operand stack before one instruction, as {@link TypeFlow}
 * computes them. Types are computational (int for boolean, byte, char and short); a local holding nothing
 * usable (never assigned, the second slot of a long or double, or assigned incompatible types on merging
 * paths) is null.
 */
final class TypeFrame {
    final JType[] locals;
    final OperandStack<JType> stack;

    TypeFrame(int maxLocals) {
        this(new JType[maxLocals], new OperandStack<>(JType::isWide));
    }

    private TypeFrame(JType[] locals, OperandStack<JType> stack) {
        this.locals = locals;
        this.stack = stack;
    }

    TypeFrame copy() {
        return new TypeFrame(locals.clone(), stack.copy());
    }

    /** The type of local {@code slot}, which an instruction reads as {@code kind}. */
    JType load(int slot, JType kind) {
        JType t = slot < locals.length ? locals[slot] : null;
        if (t == null || !OpcodeTable.matches(t, kind)) {
            throw new InvalidBytecode("local " + slot + " read as " + describe(kind) + " but holds " + describe(t));
        }
        return t;
    }

    /** Stores a value of type {@code t}; a long or double also claims the next slot, and breaks one below. */
    void store(int slot, JType t) {
        int end = slot + (t.isWide() ? 2 : 1);
        if (end > locals.length) throw new InvalidBytecode("local " + slot + " is beyond max_locals");
        if (slot > 0 && locals[slot - 1] != null && locals[slot - 1].isWide()) locals[slot - 1] = null;
        locals[slot] = t;
        if (t.isWide()) locals[slot + 1] = null;
    }

    /** Pops an operand an instruction uses as {@code kind}. */
    JType pop(JType kind) {
        JType t = stack.pop();
        if (!OpcodeTable.matches(t, kind)) {
            throw new InvalidBytecode("operand of type " + t + " used as " + describe(kind));
        }
        return t;
    }

    /**
     * Merges {@code other} (the state on another path into the same instruction) into this frame.
     *
     * @return true if this frame changed
     */
    boolean merge(TypeFrame other, TypeMerger merger) {
        if (stack.size() != other.stack.size()) {
            throw new InvalidBytecode("stack heights " + stack.size() + " and " + other.stack.size() + " meet");
        }
        boolean changed = false;
        for (int i = 0; i < stack.size(); i++) {
            JType m = merger.merge(stack.get(i), other.stack.get(i));
            if (m == null) {
                throw new InvalidBytecode("stack types " + stack.get(i) + " and " + other.stack.get(i) + " meet");
            }
            if (!m.equals(stack.get(i))) {
                stack.set(i, m);
                changed = true;
            }
        }
        for (int i = 0; i < locals.length; i++) {
            JType m = merger.merge(locals[i], other.locals[i]);
            if (m == null ? locals[i] != null : !m.equals(locals[i])) {
                locals[i] = m;
                changed = true;
            }
        }
        return changed;
    }

    private static String describe(JType kind) {
        if (kind == null) return "nothing usable";
        return kind.equals(JType.OBJECT) ? "a reference" : kind.toString();
    }
}
