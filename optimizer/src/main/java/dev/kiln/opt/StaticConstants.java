package dev.kiln.opt;

import dev.kiln.ir.Block;
import dev.kiln.ir.FieldRef;
import dev.kiln.ir.Flag;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrField;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.IrProgram;
import java.util.HashMap;
import java.util.Map;

/**
 * The static final fields whose every read sees one constant: a field with a constant value (its ConstantValue
 * attribute, or what {@code EvaluateStaticInitializers} found its initializer stores before any other code can run)
 * that no {@code putstatic} changes. A store of that same constant does not count (the initializer's own, when it
 * stays). Reads of these fields fold to the constant; the class initialisation before a read stays, since it may run
 * code.
 */
public final class StaticConstants {
    private final Map<FieldRef, Object> values = new HashMap<>();

    private StaticConstants() {}

    public static StaticConstants of(IrProgram program) {
        StaticConstants s = new StaticConstants();
        for (IrClass c : program.classes()) {
            for (IrField f : c.fields()) {
                if (f.isStatic() && f.flags().contains(Flag.FINAL) && f.constantValue() != null) s.values.put(f.ref(), f.constantValue());
            }
        }
        for (IrClass c : program.classes()) {
            for (IrMethod m : c.methods()) {
                if (m.body() == null) continue;
                for (Block b : m.body().blocks()) {
                    for (Instruction i : b.instructions()) {
                        if (i instanceof Insn.PutStatic p && s.values.containsKey(p.field())
                                && !(p.operand(0).definition() instanceof Insn.Const k
                                        && ConstantFolding.same(k.value(), s.values.get(p.field())))) {
                            s.values.remove(p.field());
                        }
                    }
                }
            }
        }
        return s;
    }

    /** The constant every read of {@code field} sees (an Integer, Long, Float, Double or String), or null. */
    public Object value(FieldRef field) {
        return values.get(field);
    }
}
