package dev.kiln.ir.text;

import dev.kiln.ir.BinaryOp;
import dev.kiln.ir.Block;
import dev.kiln.ir.CondOp;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.InvokeKind;
import dev.kiln.ir.JType;
import dev.kiln.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the operation part of an instruction line (the forms {@link InsnText} writes) and builds the
 * instruction. Value and block names are resolved through the enclosing {@link FunctionParser}.
 */
final class InsnParser {
    private static final Map<String, BinaryOp> BINARY = new HashMap<>();
    private static final Map<String, CondOp> CONDITIONS = new HashMap<>();
    private static final Map<String, InvokeKind> INVOKES = new HashMap<>();

    static {
        for (BinaryOp op : BinaryOp.values()) BINARY.put(op.mnemonic(), op);
        for (CondOp op : CondOp.values()) CONDITIONS.put(op.mnemonic(), op);
        for (InvokeKind k : InvokeKind.values()) INVOKES.put("invoke." + k.mnemonic(), k);
    }

    private final FunctionParser scope;
    private final Cursor c;

    private InsnParser(FunctionParser scope, Cursor c) {
        this.scope = scope;
        this.c = c;
    }

    /** Parses the instruction whose opcode has just been read; {@code r} is its result or null. */
    static Instruction parse(FunctionParser scope, Cursor c, int opcodeColumn, String opcode, Value r) {
        return new InsnParser(scope, c).parse(opcodeColumn, opcode, r);
    }

    private Instruction parse(int opcodeColumn, String opcode, Value r) {
        BinaryOp binary = BINARY.get(opcode);
        if (binary != null) return new Insn.Binary(r, binary, c.type(), value(), afterComma());
        InvokeKind invoke = INVOKES.get(opcode);
        if (invoke != null) return new Insn.Invoke(r, invoke, c.methodRef(), optionalValues());
        return switch (opcode) {
            case "const" -> new Insn.Const(r, Literals.parse(c));
            case "neg" -> new Insn.Negate(r, c.type(), value());
            case "convert" -> convert(r);
            case "getfield" -> new Insn.GetField(r, c.fieldRef(), value());
            case "putfield" -> new Insn.PutField(c.fieldRef(), value(), afterComma());
            case "getstatic" -> new Insn.GetStatic(r, c.fieldRef());
            case "putstatic" -> new Insn.PutStatic(c.fieldRef(), value());
            case "new" -> new Insn.New(r, c.word());
            case "newarray" -> new Insn.NewArray(r, c.type(), value());
            case "newarrayof" -> new Insn.NewArrayOf(r, c.type(), optionalValues());
            case "newmultiarray" -> new Insn.NewMultiArray(r, c.type(), optionalValues());
            case "aload" -> new Insn.ArrayLoad(r, c.type(), value(), afterComma());
            case "astore" -> new Insn.ArrayStore(c.type(), value(), afterComma(), afterComma());
            case "arraylength" -> new Insn.ArrayLength(r, value());
            case "instanceof" -> new Insn.InstanceOf(r, c.type(), value());
            case "checkcast" -> new Insn.CheckCast(r, c.type(), value());
            case "cast" -> new Insn.CheckCast(r, c.type(), value(), true);
            case "initclass" -> new Insn.InitClass(c.word());
            case "caught" -> caught(r);
            case "monitorenter" -> new Insn.Monitor(true, value());
            case "monitorexit" -> new Insn.Monitor(false, value());
            case "nullcheck" -> new Insn.NullCheck(value(), c.peek("\"") ? c.stringLiteral() : null);
            case "boundscheck" -> new Insn.BoundsCheck(value(), afterComma());
            case "zerocheck" -> new Insn.ZeroCheck(value());
            case "storecheck" -> new Insn.StoreCheck(value(), afterComma());
            case "goto" -> new Insn.Goto(block());
            case "if" -> branch();
            case "switch" -> switchInsn();
            case "return" -> new Insn.Return(c.peekValue() ? value() : null);
            case "throw" -> new Insn.Throw(value());
            case "unreachable" -> new Insn.Unreachable();
            default -> throw c.errorAt(opcodeColumn, "unknown instruction '" + opcode + "'");
        };
    }

    private Instruction convert(Value r) {
        JType from = c.type();
        c.expect("->");
        return new Insn.Convert(r, from, c.type(), value());
    }

    /** The caught type is the result's own type, so it is set here rather than derived. */
    private Instruction caught(Value r) {
        if (r != null) r.setType(c.type());
        return new Insn.Caught(r);
    }

    private Instruction branch() {
        int at = c.position();
        CondOp cond = CONDITIONS.get(c.word());
        if (cond == null) throw c.errorAt(at, "expected a condition (eq, ne, lt, ge, gt, le)");
        List<Value> operands = optionalValues();
        if (operands.isEmpty() || operands.size() > 2) throw c.errorAt(at, "if takes one or two operands");
        c.expectWord("then");
        Block ifTrue = block();
        c.expectWord("else");
        return new Insn.If(cond, operands, ifTrue, block());
    }

    private Instruction switchInsn() {
        Value v = value();
        c.expect("[");
        List<Integer> keys = new ArrayList<>();
        List<Block> targets = new ArrayList<>();
        if (!c.tryConsume("]")) {
            do {
                keys.add(c.intLiteral());
                c.expect(":");
                targets.add(block());
            } while (c.tryConsume(","));
            c.expect("]");
        }
        c.expectWord("default");
        int[] keyArray = keys.stream().mapToInt(Integer::intValue).toArray();
        return new Insn.Switch(v, keyArray, targets.toArray(new Block[0]), block());
    }

    private Value value() {
        return scope.use(c);
    }

    private Value afterComma() {
        c.expect(",");
        return value();
    }

    /** Zero or more comma-separated values, up to the end of the operands. */
    private List<Value> optionalValues() {
        List<Value> out = new ArrayList<>();
        if (!c.peekValue()) return out;
        do out.add(value()); while (c.tryConsume(","));
        return out;
    }

    private Block block() {
        return scope.block(c);
    }
}
