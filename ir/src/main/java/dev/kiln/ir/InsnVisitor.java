package dev.kiln.ir;

/** Dispatch over the instruction kinds of {@link Insn}. */
public interface InsnVisitor<R> {
    R visitConst(Insn.Const i);
    R visitBinary(Insn.Binary i);
    R visitNegate(Insn.Negate i);
    R visitConvert(Insn.Convert i);
    R visitGetField(Insn.GetField i);
    R visitPutField(Insn.PutField i);
    R visitGetStatic(Insn.GetStatic i);
    R visitPutStatic(Insn.PutStatic i);
    R visitInvoke(Insn.Invoke i);
    R visitNew(Insn.New i);
    R visitNewArray(Insn.NewArray i);
    R visitNewArrayOf(Insn.NewArrayOf i);
    R visitNewMultiArray(Insn.NewMultiArray i);
    R visitArrayLoad(Insn.ArrayLoad i);
    R visitArrayStore(Insn.ArrayStore i);
    R visitArrayLength(Insn.ArrayLength i);
    R visitInstanceOf(Insn.InstanceOf i);
    R visitCheckCast(Insn.CheckCast i);
    R visitInitClass(Insn.InitClass i);
    R visitCaught(Insn.Caught i);
    R visitMonitor(Insn.Monitor i);
    R visitNullCheck(Insn.NullCheck i);
    R visitBoundsCheck(Insn.BoundsCheck i);
    R visitZeroCheck(Insn.ZeroCheck i);
    R visitStoreCheck(Insn.StoreCheck i);
    R visitGoto(Insn.Goto i);
    R visitIf(Insn.If i);
    R visitSwitch(Insn.Switch i);
    R visitReturn(Insn.Return i);
    R visitThrow(Insn.Throw i);
    R visitUnreachable(Insn.Unreachable i);
}
