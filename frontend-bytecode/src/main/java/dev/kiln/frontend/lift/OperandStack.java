package dev.kiln.frontend.lift;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.objectweb.asm.Opcodes;

/**
 * The JVM operand stack over some abstraction of values: types for {@link TypeFlow}, SSA values for
 * {@link InsnTranslator}. Each entry is one value, whatever its size; {@code wide} says which entries are
 * category 2 (long, double) and so fill two of the JVM's stack slots.
 *
 * <p>The stack-manipulation opcodes (JVMS 6.5 pop, pop2, dup, dup_x1, dup_x2, dup2, dup2_x1, dup2_x2,
 * swap) are all "take the top n slots, then the m slots below them, push them back in a new order",
 * so {@link #shuffle} implements every form of each, category-aware, with one slot-counting helper.
 */
final class OperandStack<T> {
    private final ArrayList<T> entries;
    private final Predicate<T> wide;

    OperandStack(Predicate<T> wide) {
        this(wide, new ArrayList<>());
    }

    private OperandStack(Predicate<T> wide, ArrayList<T> entries) {
        this.wide = wide;
        this.entries = entries;
    }

    OperandStack<T> copy() {
        return new OperandStack<>(wide, new ArrayList<>(entries));
    }

    int size() { return entries.size(); }
    T get(int i) { return entries.get(i); }
    void set(int i, T value) { entries.set(i, value); }
    void push(T value) { entries.add(value); }
    void clear() { entries.clear(); }

    T pop() {
        if (entries.isEmpty()) throw new InvalidBytecode("operand stack underflow");
        return entries.remove(entries.size() - 1);
    }

    /** Pops {@code n} entries and returns them bottom first (the order they were pushed in). */
    List<T> pop(int n) {
        if (entries.size() < n) throw new InvalidBytecode("operand stack underflow");
        List<T> top = entries.subList(entries.size() - n, entries.size());
        List<T> out = new ArrayList<>(top);
        top.clear();
        return out;
    }

    /** Executes one of POP, POP2, DUP, DUP_X1, DUP_X2, DUP2, DUP2_X1, DUP2_X2 or SWAP. */
    void shuffle(int opcode) {
        switch (opcode) {
            case Opcodes.POP -> popSlots(1);
            case Opcodes.POP2 -> popSlots(2);
            case Opcodes.DUP -> insertCopy(1, 0);
            case Opcodes.DUP_X1 -> insertCopy(1, 1);
            case Opcodes.DUP_X2 -> insertCopy(1, 2);
            case Opcodes.DUP2 -> insertCopy(2, 0);
            case Opcodes.DUP2_X1 -> insertCopy(2, 1);
            case Opcodes.DUP2_X2 -> insertCopy(2, 2);
            case Opcodes.SWAP -> {
                List<T> a = popSlots(1);
                List<T> b = popSlots(1);
                entries.addAll(a);
                entries.addAll(b);
            }
            default -> throw new IllegalArgumentException("not a stack manipulation opcode: " + opcode);
        }
    }

    /** Copies the top {@code copied} slots below the {@code skipped} slots under them. */
    private void insertCopy(int copied, int skipped) {
        List<T> top = popSlots(copied);
        List<T> under = popSlots(skipped);
        entries.addAll(top);
        entries.addAll(under);
        entries.addAll(top);
    }

    /** Pops entries filling exactly {@code slots} stack slots, bottom first; never splits a long or double. */
    private List<T> popSlots(int slots) {
        int count = 0;
        int filled = 0;
        while (filled < slots) {
            if (count == entries.size()) throw new InvalidBytecode("operand stack underflow");
            filled += wide.test(entries.get(entries.size() - 1 - count)) ? 2 : 1;
            count++;
        }
        if (filled != slots) throw new InvalidBytecode("stack manipulation splits a long or double");
        return pop(count);
    }
}
