package dev.kiln.frontend.lift;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.InvokeKind;
import dev.kiln.ir.JType;
import dev.kiln.ir.MethodRef;
import java.util.List;

/**
 * Calls {@code System.arraycopy}'s typed overloads where both arrays' static types say which kind of array they are:
 * {@code System.arraycopy(char[], int, char[], int, int)} where both are {@code char[]} (each primitive type alike),
 * {@code System.arraycopy(Object[], int, Object[], int, int)} where both are reference arrays. The general method
 * asks each array for its class to learn that; the overloads (private in runtime-lib's {@code java.lang.System})
 * copy with one Wasm {@code array.copy} of the known kind once the ranges are checked, and leave everything else
 * (a null array, a range out of bounds, reference arrays of different classes) to the general method, which throws
 * what the JVM throws. They carry {@code arraycopy}'s name and show as {@code Native Method}, so a stack trace is
 * the same either way.
 *
 * <pre>
 *   v9 = invoke static java.lang.System.arraycopy(Object,int,Object,int,int) v1 v2 v3 v4 v5     (v1, v3: char[])
 *   →
 *   v9 = invoke static java.lang.System.arraycopy(char[],int,char[],int,int) v1 v2 v3 v4 v5
 * </pre>
 */
final class TypedArrayCopies {
    private static final String SYSTEM = "java.lang.System";
    private static final String GENERAL = "(Ljava/lang/Object;ILjava/lang/Object;II)V";

    private TypedArrayCopies() {}

    static void rewrite(Function fn) {
        for (Block b : fn.blocks()) {
            List<Instruction> insns = b.instructions();
            for (int i = 0; i < insns.size(); i++) {
                if (!(insns.get(i) instanceof Insn.Invoke call) || call.kind() != InvokeKind.STATIC
                        || !call.method().owner().equals(SYSTEM) || !call.method().name().equals("arraycopy")
                        || !call.method().sig().descriptor().equals(GENERAL)) {
                    continue;
                }
                String array = arrayDescriptor(call.operand(0).type(), call.operand(2).type());
                if (array == null) continue;
                Insn.Invoke typed = new Insn.Invoke(call.result(), InvokeKind.STATIC,
                        MethodRef.of(SYSTEM, "arraycopy", "(" + array + "I" + array + "II)V"), call.operands());
                typed.at(call.pos());
                b.remove(call);
                b.insert(i, typed);
            }
        }
    }

    /** The descriptor of the overload's array parameters, or null if the two types do not choose one. */
    static String arrayDescriptor(JType src, JType dest) {
        if (!src.isArray() || !dest.isArray()) return null;
        JType s = src.component();
        JType d = dest.component();
        if (s.isReference() && d.isReference()) return "[Ljava/lang/Object;";
        return s.isPrimitive() && s.equals(d) ? "[" + s.descriptor() : null;
    }
}
