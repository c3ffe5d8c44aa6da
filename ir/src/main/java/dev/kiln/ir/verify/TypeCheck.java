package dev.kiln.ir.verify;

import dev.kiln.ir.BinaryOp;
import dev.kiln.ir.Block;
import dev.kiln.ir.CondOp;
import dev.kiln.ir.FieldRef;
import dev.kiln.ir.Function;
import dev.kiln.ir.Insn;
import dev.kiln.ir.InsnVisitor;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.InvokeKind;
import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrField;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.IrProgram;
import dev.kiln.ir.JType;
import dev.kiln.ir.Phi;
import dev.kiln.ir.ResultTypes;
import dev.kiln.ir.Value;
import java.util.List;

/**
 * Operand and result types, at the level of the JVM's computational kinds: int, long, float, double and
 * reference. Which reference type flows where is the frontend's type inference's business (and needs
 * the class hierarchy), so references are only checked to be references. With an {@link IrProgram},
 * field and method references are also looked up in their owner class when the program holds it.
 */
final class TypeCheck implements InsnVisitor<Void> {
    private final Function fn;
    private final IrProgram program;
    private final Errors errors;
    private Instruction current;

    private TypeCheck(Function fn, IrProgram program, Errors errors) {
        this.fn = fn;
        this.program = program;
        this.errors = errors;
    }

    static void run(Function fn, IrProgram program, Errors errors) {
        TypeCheck c = new TypeCheck(fn, program, errors);
        c.params();
        for (Block b : fn.blocks()) {
            for (Phi p : b.phis()) c.phi(p);
            for (Instruction i : b.instructions()) c.instruction(i);
        }
    }

    /** The parameters are the receiver (for an instance method) and the signature's parameters. */
    private void params() {
        List<JType> sig = fn.method().sig().params();
        List<Value> params = fn.params();
        int receiver = fn.isStatic() ? 0 : 1;
        if (params.size() != sig.size() + receiver) {
            errors.add(fn, "the signature needs " + (sig.size() + receiver) + " parameters"
                    + (receiver == 1 ? " (this first)" : "") + ", found " + params.size());
            return;
        }
        if (receiver == 1 && !params.get(0).type().isReference()) {
            errors.add(fn, "this (" + params.get(0) + ") has type " + params.get(0).type() + ", expected a reference");
        }
        for (int i = 0; i < sig.size(); i++) {
            Value p = params.get(i + receiver);
            if (!sameKind(p.type(), sig.get(i).computational())) {
                errors.add(fn, "parameter " + p + " has type " + p.type() + ", expected " + describe(sig.get(i).computational()));
            }
        }
    }

    private void phi(Phi p) {
        for (Phi.Input in : p.inputs()) {
            Value v = in.value();
            if (v != null && !sameKind(v.type(), p.result().type())) {
                errors.add(p, "input " + v + " has type " + v.type() + ", expected " + describe(p.result().type()));
            }
        }
    }

    private void instruction(Instruction insn) {
        current = insn;
        for (int i = 0; i < insn.operands().size(); i++) {
            if (insn.operand(i) == null) errors.add(insn, "operand " + (i + 1) + " is missing");
        }
        result(insn);
        insn.accept(this);
    }

    /** The result exists exactly when the operation produces something, with the kind it produces. */
    private void result(Instruction insn) {
        JType produced = ResultTypes.of(insn);
        Value r = insn.result();
        if (insn instanceof Insn.Invoke) {
            if (produced == null && r != null) errors.add(insn, "a call to a void method defines no value");
        } else if (produced != null && r == null) {
            errors.add(insn, insn.opcode() + " must define a value");
        }
        if (r == null || produced == null) return;
        if (insn instanceof Insn.Caught) {
            if (!r.type().isReference()) errors.add(insn, "caught value " + r + " has type " + r.type() + ", expected a reference");
        } else if (produced.isPrimitive() ? !r.type().equals(produced) : !r.type().isReference()) {
            errors.add(insn, r + " has type " + r.type() + ", but " + insn.opcode() + " produces " + produced);
        }
    }

    // ---- Operand helpers ------------------------------------------------------------------------

    private void expect(Value v, JType type) {
        if (v != null && !sameKind(v.type(), type)) error("operand " + v + " has type " + v.type() + ", expected " + describe(type));
    }

    private void expectReference(Value v) {
        expect(v, JType.OBJECT);
    }

    private void expectInt(Value v) {
        expect(v, JType.INT);
    }

    private void error(String message) {
        errors.add(current, message);
    }

    /** True if both types have the same computational kind (all references are one kind). */
    private static boolean sameKind(JType a, JType b) {
        if (a.isReference() || b.isReference()) return a.isReference() && b.isReference();
        return a.isComputational() && a.equals(b);
    }

    private static String describe(JType t) {
        return t.isReference() ? "a reference" : t.toString();
    }

    private static boolean isArithmetic(JType t) {
        return t.equals(JType.INT) || t.equals(JType.LONG) || t.equals(JType.FLOAT) || t.equals(JType.DOUBLE);
    }

    private static boolean isIntegral(JType t) {
        return t.equals(JType.INT) || t.equals(JType.LONG);
    }

    // ---- Instructions ---------------------------------------------------------------------------

    @Override
    public Void visitConst(Insn.Const i) {
        if (ResultTypes.ofConstant(i.value()) == null) error("not a constant: " + i.value().getClass().getName());
        return null;
    }

    @Override
    public Void visitBinary(Insn.Binary i) {
        JType t = i.type();
        BinaryOp op = i.op();
        if (!isArithmetic(t)) {
            error(op.mnemonic() + " works on int, long, float or double, not " + t);
            return null;
        }
        if (op == BinaryOp.CMP && !t.equals(JType.LONG)) error("cmp compares longs, not " + t);
        if ((op == BinaryOp.CMPL || op == BinaryOp.CMPG) && isIntegral(t)) error(op.mnemonic() + " compares floats or doubles, not " + t);
        boolean bitwise = op == BinaryOp.AND || op == BinaryOp.OR || op == BinaryOp.XOR || op.isShift();
        if (bitwise && !isIntegral(t)) error(op.mnemonic() + " works on int or long, not " + t);
        expect(i.operand(0), t);
        expect(i.operand(1), op.isShift() ? JType.INT : t);
        return null;
    }

    @Override
    public Void visitNegate(Insn.Negate i) {
        if (!isArithmetic(i.type())) error("neg works on int, long, float or double, not " + i.type());
        else expect(i.operand(0), i.type());
        return null;
    }

    @Override
    public Void visitConvert(Insn.Convert i) {
        JType from = i.from();
        JType to = i.to();
        boolean narrow = to.equals(JType.BYTE) || to.equals(JType.CHAR) || to.equals(JType.SHORT);
        if (!isArithmetic(from) || !(isArithmetic(to) || narrow) || from.equals(to) || (narrow && !from.equals(JType.INT))) {
            error("convert " + from + "->" + to + " is not a JVM conversion");
            return null;
        }
        expect(i.operand(0), from);
        return null;
    }

    @Override
    public Void visitGetField(Insn.GetField i) {
        expectReference(i.operand(0));
        field(i.field(), false);
        return null;
    }

    @Override
    public Void visitPutField(Insn.PutField i) {
        expectReference(i.operand(0));
        expect(i.operand(1), i.field().type().computational());
        field(i.field(), false);
        return null;
    }

    @Override
    public Void visitGetStatic(Insn.GetStatic i) {
        field(i.field(), true);
        return null;
    }

    @Override
    public Void visitPutStatic(Insn.PutStatic i) {
        expect(i.operand(0), i.field().type().computational());
        field(i.field(), true);
        return null;
    }

    @Override
    public Void visitInvoke(Insn.Invoke i) {
        List<JType> params = i.method().sig().params();
        int receiver = i.hasReceiver() ? 1 : 0;
        List<Value> args = i.operands();
        if (args.size() != params.size() + receiver) {
            error(i.opcode() + " of " + i.method() + " takes " + (params.size() + receiver) + " operands"
                    + (receiver == 1 ? " (the receiver first)" : "") + ", found " + args.size());
            return null;
        }
        if (receiver == 1) expectReference(args.get(0));
        for (int k = 0; k < params.size(); k++) expect(args.get(k + receiver), params.get(k).computational());
        method(i);
        return null;
    }

    @Override
    public Void visitNew(Insn.New i) {
        IrClass c = program == null ? null : program.clazz(i.className());
        if (c != null && (c.isAbstract() || c.isInterface())) error("new of abstract class or interface " + c.name());
        return null;
    }

    @Override
    public Void visitNewArray(Insn.NewArray i) {
        if (!ResultTypes.canBeComponent(i.componentType())) error("no arrays of " + i.componentType());
        expectInt(i.operand(0));
        return null;
    }

    @Override
    public Void visitNewArrayOf(Insn.NewArrayOf i) {
        if (!ResultTypes.canBeComponent(i.componentType())) {
            error("no arrays of " + i.componentType());
            return null;
        }
        for (Value v : i.operands()) expect(v, i.componentType().computational());
        return null;
    }

    @Override
    public Void visitNewMultiArray(Insn.NewMultiArray i) {
        JType t = i.arrayType();
        int n = i.operands().size();
        if (!t.isArray()) error("newmultiarray needs an array type, not " + t);
        else if (n < 1 || n > t.dimensions()) error("newmultiarray " + t + " takes 1 to " + t.dimensions() + " lengths, found " + n);
        for (Value v : i.operands()) expectInt(v);
        return null;
    }

    @Override
    public Void visitArrayLoad(Insn.ArrayLoad i) {
        if (!ResultTypes.canBeComponent(i.componentType())) error("no arrays of " + i.componentType());
        expectReference(i.operand(0));
        expectInt(i.operand(1));
        return null;
    }

    @Override
    public Void visitArrayStore(Insn.ArrayStore i) {
        if (!ResultTypes.canBeComponent(i.componentType())) {
            error("no arrays of " + i.componentType());
            return null;
        }
        expectReference(i.operand(0));
        expectInt(i.operand(1));
        expect(i.operand(2), i.componentType().computational());
        return null;
    }

    @Override
    public Void visitArrayLength(Insn.ArrayLength i) {
        expectReference(i.operand(0));
        return null;
    }

    @Override
    public Void visitInstanceOf(Insn.InstanceOf i) {
        typeTest(i.type(), i.operand(0));
        return null;
    }

    @Override
    public Void visitCheckCast(Insn.CheckCast i) {
        typeTest(i.type(), i.operand(0));
        return null;
    }

    private void typeTest(JType type, Value v) {
        if (!type.isClass() && !type.isArray()) error(current.opcode() + " needs a class or array type, not " + type);
        expectReference(v);
    }

    @Override
    public Void visitInitClass(Insn.InitClass i) {
        return null;
    }

    @Override
    public Void visitCaught(Insn.Caught i) {
        return null;
    }

    @Override
    public Void visitMonitor(Insn.Monitor i) {
        expectReference(i.operand(0));
        return null;
    }

    @Override
    public Void visitNullCheck(Insn.NullCheck i) {
        expectReference(i.operand(0));
        return null;
    }

    @Override
    public Void visitBoundsCheck(Insn.BoundsCheck i) {
        expectReference(i.operand(0));
        expectInt(i.operand(1));
        return null;
    }

    @Override
    public Void visitZeroCheck(Insn.ZeroCheck i) {
        Value v = i.operand(0);
        if (v != null && !isIntegral(v.type())) error("zerocheck tests an int or long divisor; " + v + " has type " + v.type());
        return null;
    }

    @Override
    public Void visitStoreCheck(Insn.StoreCheck i) {
        expectReference(i.operand(0));
        expectReference(i.operand(1));
        return null;
    }

    @Override
    public Void visitGoto(Insn.Goto i) {
        return null;
    }

    @Override
    public Void visitIf(Insn.If i) {
        Value a = i.operand(0);
        if (a == null) return null;
        boolean references = a.type().isReference();
        if (!references && !sameKind(a.type(), JType.INT)) {
            error("if compares ints or references; " + a + " has type " + a.type());
            return null;
        }
        if (references && i.cond() != CondOp.EQ && i.cond() != CondOp.NE) error("references compare only with eq or ne");
        if (i.operands().size() == 2) expect(i.operand(1), a.type());
        return null;
    }

    @Override
    public Void visitSwitch(Insn.Switch i) {
        expectInt(i.operand(0));
        int[] keys = i.keys();
        for (int k = 1; k < keys.length; k++) {
            if (keys[k] <= keys[k - 1]) error("switch keys must ascend without repeats: " + keys[k] + " follows " + keys[k - 1]);
        }
        return null;
    }

    @Override
    public Void visitReturn(Insn.Return i) {
        JType ret = fn.method().sig().ret();
        Value v = i.value();
        if (ret.isVoid() && v != null) error("return with a value from a void function");
        else if (!ret.isVoid() && v == null) error("return without a value from a function returning " + ret);
        else if (v != null) expect(v, ret.computational());
        return null;
    }

    @Override
    public Void visitThrow(Insn.Throw i) {
        expectReference(i.operand(0));
        return null;
    }

    @Override
    public Void visitUnreachable(Insn.Unreachable i) {
        return null;
    }

    // ---- Program lookups --------------------------------------------------------------------------

    private void field(FieldRef ref, boolean isStatic) {
        IrClass c = program == null ? null : program.clazz(ref.owner());
        if (c == null) return;
        IrField f = c.field(ref.name());
        if (f == null) {
            error("no field " + ref.name() + " in " + c.name());
            return;
        }
        if (!f.type().equals(ref.type())) error("field " + ref.owner() + "." + ref.name() + " has type " + f.type() + ", not " + ref.type());
        if (f.isStatic() != isStatic) error(current.opcode() + " of " + (f.isStatic() ? "static" : "instance") + " field " + ref);
    }

    private void method(Insn.Invoke i) {
        IrClass c = program == null ? null : program.clazz(i.method().owner());
        if (c == null) return;
        IrMethod m = c.method(i.method().name(), i.method().sig());
        if (m == null) {
            error("no method " + i.method().nameAndSig() + " in " + c.name());
            return;
        }
        if ((i.kind() == InvokeKind.STATIC) != m.isStatic()) error(i.opcode() + " of " + (m.isStatic() ? "static" : "instance") + " method " + m);
        if (i.kind() == InvokeKind.INTERFACE && !c.isInterface()) error("invoke.interface of a method of class " + c.name());
    }
}
