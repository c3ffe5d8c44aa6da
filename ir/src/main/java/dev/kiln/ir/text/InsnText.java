package dev.kiln.ir.text;

import dev.kiln.ir.Insn;
import dev.kiln.ir.InsnVisitor;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.Value;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The operation part of an instruction line, everything right of {@code vR =}, exactly as the
 * Javadoc of each {@link Insn} kind shows it. {@link InsnParser} reads the same forms.
 */
final class InsnText implements InsnVisitor<String> {
    static final InsnText INSTANCE = new InsnText();

    private InsnText() {}

    private static String operands(Instruction i) {
        return join(i.operands());
    }

    private static String join(List<Value> values) {
        return values.stream().map(Value::toString).collect(Collectors.joining(", "));
    }

    /** {@code opcode} followed by {@code rest} when there is one. */
    private static String op(String opcode, String rest) {
        return rest.isEmpty() ? opcode : opcode + " " + rest;
    }

    @Override public String visitConst(Insn.Const i) { return "const " + Literals.format(i.value()); }
    @Override public String visitBinary(Insn.Binary i) { return i.opcode() + " " + i.type() + " " + operands(i); }
    @Override public String visitNegate(Insn.Negate i) { return "neg " + i.type() + " " + operands(i); }
    @Override public String visitConvert(Insn.Convert i) { return "convert " + i.from() + "->" + i.to() + " " + operands(i); }
    @Override public String visitGetField(Insn.GetField i) { return "getfield " + i.field() + " " + operands(i); }
    @Override public String visitPutField(Insn.PutField i) { return "putfield " + i.field() + " " + operands(i); }
    @Override public String visitGetStatic(Insn.GetStatic i) { return "getstatic " + i.field(); }
    @Override public String visitPutStatic(Insn.PutStatic i) { return "putstatic " + i.field() + " " + operands(i); }
    @Override public String visitInvoke(Insn.Invoke i) { return op(i.opcode() + " " + i.method(), operands(i)); }
    @Override public String visitNew(Insn.New i) { return "new " + i.className(); }
    @Override public String visitNewArray(Insn.NewArray i) { return "newarray " + i.componentType() + " " + operands(i); }
    @Override public String visitNewArrayOf(Insn.NewArrayOf i) { return op("newarrayof " + i.componentType(), operands(i)); }
    @Override public String visitNewMultiArray(Insn.NewMultiArray i) { return op("newmultiarray " + i.arrayType(), operands(i)); }
    @Override public String visitArrayLoad(Insn.ArrayLoad i) { return "aload " + i.componentType() + " " + operands(i); }
    @Override public String visitArrayStore(Insn.ArrayStore i) { return "astore " + i.componentType() + " " + operands(i); }
    @Override public String visitArrayLength(Insn.ArrayLength i) { return "arraylength " + operands(i); }
    @Override public String visitInstanceOf(Insn.InstanceOf i) { return "instanceof " + i.type() + " " + operands(i); }
    @Override public String visitCheckCast(Insn.CheckCast i) { return i.opcode() + " " + i.type() + " " + operands(i); }
    @Override public String visitInitClass(Insn.InitClass i) { return "initclass " + i.className(); }
    @Override public String visitCaught(Insn.Caught i) { return i.result() == null ? "caught" : "caught " + i.result().type(); }
    @Override public String visitMonitor(Insn.Monitor i) { return i.opcode() + " " + operands(i); }
    @Override public String visitNullCheck(Insn.NullCheck i) {
        return "nullcheck " + operands(i) + (i.message() == null ? "" : " " + Literals.quote(i.message()));
    }
    @Override public String visitBoundsCheck(Insn.BoundsCheck i) { return "boundscheck " + operands(i); }
    @Override public String visitZeroCheck(Insn.ZeroCheck i) { return "zerocheck " + operands(i); }
    @Override public String visitStoreCheck(Insn.StoreCheck i) { return "storecheck " + operands(i); }
    @Override public String visitGoto(Insn.Goto i) { return "goto " + i.target(); }
    @Override public String visitIf(Insn.If i) {
        return "if " + i.cond().mnemonic() + " " + operands(i) + " then " + i.ifTrue() + " else " + i.ifFalse();
    }
    @Override public String visitSwitch(Insn.Switch i) {
        int[] keys = i.keys();
        StringBuilder sb = new StringBuilder("switch ").append(operands(i)).append(" [");
        for (int k = 0; k < keys.length; k++) {
            if (k > 0) sb.append(", ");
            sb.append(keys[k]).append(": ").append(i.targets().get(k));
        }
        return sb.append("] default ").append(i.defaultTarget()).toString();
    }
    @Override public String visitReturn(Insn.Return i) { return op("return", operands(i)); }
    @Override public String visitThrow(Insn.Throw i) { return "throw " + operands(i); }
    @Override public String visitUnreachable(Insn.Unreachable i) { return "unreachable"; }
}
