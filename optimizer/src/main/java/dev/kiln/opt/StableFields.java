package dev.kiln.opt;

import dev.kiln.ir.Block;
import dev.kiln.ir.FieldRef;
import dev.kiln.ir.Function;
import dev.kiln.ir.Flag;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrField;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.IrProgram;
import dev.kiln.ir.Value;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The {@code final} fields the program stores only where Java lets it: an instance field only in its class's
 * constructors (and there only into the object being constructed), a static one only in its class's initializer. Outside those methods two reads of such a field of the
 * same object give the same value, since the one store has run before the object (or class) could be seen, and
 * its method cannot run again in between. A store into an object the same method has just made with {@code new} is a
 * constructor's store too: {@code InlineSmallMethods} copies constructors into their callers. A method that stores a
 * field may read it on both sides of the store, so a reader asks {@link #storedIn} first. A final field stored elsewhere (the frontend lowers {@code Unsafe} and
 * {@code VarHandle} writes to plain stores) is not stable.
 */
public final class StableFields {
    private final Set<FieldRef> stable = new HashSet<>();
    /** Stable array fields every store of which stores a new array of this one constant length. */
    private final Map<FieldRef, Integer> constantLengths = new HashMap<>();

    private StableFields() {}

    public static StableFields of(IrProgram program) {
        StableFields s = new StableFields();
        Set<FieldRef> storedElsewhere = new HashSet<>();
        Map<FieldRef, Integer> lengths = new HashMap<>();
        for (IrClass c : program.classes()) {
            for (IrMethod m : c.methods()) {
                if (m.body() == null) continue;
                for (Block b : m.body().blocks()) {
                    for (Instruction i : b.instructions()) {
                        if (i instanceof Insn.PutField || i instanceof Insn.PutStatic) {
                            FieldRef f = i instanceof Insn.PutField p ? p.field() : ((Insn.PutStatic) i).field();
                            Value stored = i.operand(i.operands().size() - 1);
                            Integer length = newArrayLength(stored);
                            // -1: stores of different or unknown lengths.
                            lengths.merge(f, length == null ? -1 : length, (x, y) -> x.equals(y) ? x : -1);
                        }
                        if (i instanceof Insn.PutField p && !(p.field().owner().equals(c.name()) && m.name().equals("<init>")
                                && p.operand(0) == m.body().params().get(0)) && !(p.operand(0).definition() instanceof Insn.New)) {
                            // The JVM lets a constructor store a final field of another object of its class too.
                            storedElsewhere.add(p.field());
                        } else if (i instanceof Insn.PutStatic p
                                && !(p.field().owner().equals(c.name()) && m.name().equals("<clinit>"))) {
                            storedElsewhere.add(p.field());
                        }
                    }
                }
            }
        }
        for (IrClass c : program.classes()) {
            for (IrField f : c.fields()) {
                if (!f.flags().contains(Flag.FINAL) || storedElsewhere.contains(f.ref())) continue;
                s.stable.add(f.ref());
                Integer length = lengths.get(f.ref());
                if (length != null && length >= 0) s.constantLengths.put(f.ref(), length);
            }
        }
        return s;
    }

    private static Integer newArrayLength(Value v) {
        if (v.definition() instanceof Insn.NewArray n && n.operand(0).definition() instanceof Insn.Const k
                && k.value() instanceof Integer length && length >= 0) {
            return length;
        }
        return v.definition() instanceof Insn.NewArrayOf n ? n.operands().size() : null;
    }

    /**
     * The length of every array a stable field holds, if each of its stores stores a new array of that one constant
     * length; else null. (A field never stored holds null, which has no length to read.)
     */
    public Integer constantLength(FieldRef f) {
        return constantLengths.get(f);
    }

    /**
     * The fields {@code fn} stores: there, a stable field's reads may straddle its store (a constructor, an initializer,
     * or a method a constructor was inlined into), so only elsewhere do two reads see one value.
     */
    public static Set<FieldRef> storedIn(Function fn) {
        Set<FieldRef> stored = new HashSet<>();
        for (Block b : fn.blocks()) {
            for (Instruction i : b.instructions()) {
                if (i instanceof Insn.PutField p) stored.add(p.field());
                if (i instanceof Insn.PutStatic p) stored.add(p.field());
            }
        }
        return stored;
    }

    /** True if reads of {@code f} outside the methods that store it ({@link #storedIn}) always see the same value. */
    public boolean isStable(FieldRef f) {
        return stable.contains(f);
    }
}
