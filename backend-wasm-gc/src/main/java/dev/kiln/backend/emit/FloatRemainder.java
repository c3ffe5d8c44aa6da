package dev.kiln.backend.emit;

import dev.kiln.wasm.model.BlockType;
import dev.kiln.wasm.model.Func;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Local;
import dev.kiln.wasm.model.NumType;
import dev.kiln.wasm.model.Op;
import java.util.List;

/**
 * Java's float and double remainder (JLS 15.17.3, C's {@code fmod}): the exact value of
 * {@code x - n * y} with {@code n} the quotient truncated toward zero, with the sign of {@code x}. The
 * textbook {@code x - trunc(x / y) * y} rounds twice and is wrong for large quotients, so this is long
 * division on magnitudes: scale {@code |y|} by powers of two up to the largest {@code t <= |x|}, then
 * repeatedly subtract {@code t} and halve it. Every step is exact: scaling by two cannot round, and
 * {@code |x| - t} with {@code t <= |x| < 2t} is exact by Sterbenz's lemma. At most about 2,100 steps for
 * doubles. NaN operands, an infinite {@code x} or a zero {@code y} give NaN; {@code |x| < |y|} (including
 * an infinite {@code y}) gives {@code x} unchanged, signed zero included.
 *
 * <p>The float version widens to double, which is exact, and narrows the exact result, which a float can
 * represent because it is a multiple of the smaller ulp below {@code |y|}.
 */
final class FloatRemainder {
    private FloatRemainder() {}

    static void defineDouble(Func f) {
        Local x = f.param(0), y = f.param(1);
        Local ax = f.addLocal("ax", NumType.F64), ay = f.addLocal("ay", NumType.F64), t = f.addLocal("t", NumType.F64);
        List<Instr> b = f.body();
        b.add(Instr.localGet(x));
        b.add(Instr.localGet(x));
        b.add(Instr.simple(Op.F64_NE));
        b.add(Instr.localGet(y));
        b.add(Instr.localGet(y));
        b.add(Instr.simple(Op.F64_NE));
        b.add(Instr.simple(Op.I32_OR));
        b.add(Instr.localGet(y));
        b.add(Instr.f64Const(0));
        b.add(Instr.simple(Op.F64_EQ));
        b.add(Instr.simple(Op.I32_OR));
        b.add(Instr.localGet(x));
        b.add(Instr.simple(Op.F64_ABS));
        b.add(Instr.f64Const(Double.POSITIVE_INFINITY));
        b.add(Instr.simple(Op.F64_EQ));
        b.add(Instr.simple(Op.I32_OR));
        b.add(Instr.if_(BlockType.EMPTY));
        b.add(Instr.f64Const(Double.NaN));
        b.add(Instr.simple(Op.RETURN));
        b.add(Instr.end());
        abs(b, x, ax);
        abs(b, y, ay);
        b.add(Instr.localGet(ax));
        b.add(Instr.localGet(ay));
        b.add(Instr.simple(Op.F64_LT));
        b.add(Instr.if_(BlockType.EMPTY));
        b.add(Instr.localGet(x));
        b.add(Instr.simple(Op.RETURN));
        b.add(Instr.end());
        // t = the largest |y| * 2^k not above |x|
        b.add(Instr.localGet(ay));
        b.add(Instr.localSet(t));
        b.add(Instr.block(BlockType.EMPTY));
        b.add(Instr.loop(BlockType.EMPTY));
        twice(b, t);
        b.add(Instr.localGet(ax));
        b.add(Instr.simple(Op.F64_GT));
        b.add(Instr.brIf(1));
        twice(b, t);
        b.add(Instr.localSet(t));
        b.add(Instr.br(0));
        b.add(Instr.end());
        b.add(Instr.end());
        // while |x| >= |y|: halve t until it fits, subtract it
        b.add(Instr.block(BlockType.EMPTY));
        b.add(Instr.loop(BlockType.EMPTY));
        b.add(Instr.localGet(ax));
        b.add(Instr.localGet(ay));
        b.add(Instr.simple(Op.F64_LT));
        b.add(Instr.brIf(1));
        b.add(Instr.block(BlockType.EMPTY));
        b.add(Instr.loop(BlockType.EMPTY));
        b.add(Instr.localGet(t));
        b.add(Instr.localGet(ax));
        b.add(Instr.simple(Op.F64_LE));
        b.add(Instr.brIf(1));
        b.add(Instr.localGet(t));
        b.add(Instr.f64Const(0.5));
        b.add(Instr.simple(Op.F64_MUL));
        b.add(Instr.localSet(t));
        b.add(Instr.br(0));
        b.add(Instr.end());
        b.add(Instr.end());
        b.add(Instr.localGet(ax));
        b.add(Instr.localGet(t));
        b.add(Instr.simple(Op.F64_SUB));
        b.add(Instr.localSet(ax));
        b.add(Instr.br(0));
        b.add(Instr.end());
        b.add(Instr.end());
        b.add(Instr.localGet(ax));
        b.add(Instr.localGet(x));
        b.add(Instr.simple(Op.F64_COPYSIGN));
    }

    static void defineFloat(Func f, Func doubleRemainder) {
        List<Instr> b = f.body();
        b.add(Instr.localGet(f.param(0)));
        b.add(Instr.simple(Op.F64_PROMOTE_F32));
        b.add(Instr.localGet(f.param(1)));
        b.add(Instr.simple(Op.F64_PROMOTE_F32));
        b.add(Instr.call(doubleRemainder));
        b.add(Instr.simple(Op.F32_DEMOTE_F64));
    }

    private static void abs(List<Instr> b, Local from, Local to) {
        b.add(Instr.localGet(from));
        b.add(Instr.simple(Op.F64_ABS));
        b.add(Instr.localSet(to));
    }

    private static void twice(List<Instr> b, Local t) {
        b.add(Instr.localGet(t));
        b.add(Instr.localGet(t));
        b.add(Instr.simple(Op.F64_ADD));
    }
}
