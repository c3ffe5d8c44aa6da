package dev.kiln.frontend.lift;

import static org.objectweb.asm.Opcodes.*;

import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Recovers each instruction's bytecode offset, which ASM's tree API does not keep. Labels that
 * {@link LiftableClass} kept from the class file know their offset exactly; from there the offset
 * advances by each instruction's encoded size. ASM normalises some encodings (iload_0 becomes iload 0,
 * ldc_w becomes ldc, goto_w becomes goto), so sizes assume the shortest form, which is what javac writes.
 * An ldc_w (a constant past pool index 255) therefore shifts the offsets after it by one byte, up to the
 * next kept label (they sit at every line, branch target and stack map frame) or, without kept labels, to
 * the end of the method.
 */
final class BytecodeOffsets {
    private BytecodeOffsets() {}

    /** Offsets of the real instructions (those with an opcode), in list order. */
    static int[] of(InsnList list, int realInstructions) {
        int[] offsets = new int[realInstructions];
        int offset = 0;
        int i = 0;
        for (AbstractInsnNode n = list.getFirst(); n != null; n = n.getNext()) {
            if (n instanceof LabelNode label && label.getLabel() instanceof LiftableClass.OffsetLabel read) {
                offset = read.offset;
            } else if (n.getOpcode() >= 0) {
                offsets[i++] = offset;
                offset += size(n, offset);
            }
        }
        return offsets;
    }

    private static int size(AbstractInsnNode n, int offset) {
        int opcode = n.getOpcode();
        return switch (n.getType()) {
            case AbstractInsnNode.INT_INSN -> opcode == SIPUSH ? 3 : 2;
            case AbstractInsnNode.VAR_INSN -> {
                int var = ((VarInsnNode) n).var;
                if (var > 255) yield 4;
                yield var <= 3 && opcode != RET ? 1 : 2;
            }
            case AbstractInsnNode.IINC_INSN -> {
                IincInsnNode iinc = (IincInsnNode) n;
                yield iinc.var > 255 || iinc.incr != (byte) iinc.incr ? 6 : 3;
            }
            case AbstractInsnNode.LDC_INSN -> {
                Object cst = ((LdcInsnNode) n).cst;
                yield cst instanceof Long || cst instanceof Double ? 3 : 2;
            }
            case AbstractInsnNode.TABLESWITCH_INSN ->
                1 + padding(offset) + 12 + 4 * ((TableSwitchInsnNode) n).labels.size();
            case AbstractInsnNode.LOOKUPSWITCH_INSN ->
                1 + padding(offset) + 8 + 8 * ((LookupSwitchInsnNode) n).labels.size();
            case AbstractInsnNode.METHOD_INSN -> opcode == INVOKEINTERFACE ? 5 : 3;
            case AbstractInsnNode.INVOKE_DYNAMIC_INSN -> 5;
            case AbstractInsnNode.MULTIANEWARRAY_INSN -> 4;
            case AbstractInsnNode.JUMP_INSN, AbstractInsnNode.FIELD_INSN, AbstractInsnNode.TYPE_INSN -> 3;
            default -> 1;
        };
    }

    /** Switches align their operands to a multiple of four from the start of the code. */
    private static int padding(int offset) {
        return (4 - (offset + 1) % 4) % 4;
    }
}
