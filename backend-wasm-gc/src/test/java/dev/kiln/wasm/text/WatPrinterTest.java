package dev.kiln.wasm.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.wasm.Types;
import dev.kiln.wasm.model.FieldType;
import dev.kiln.wasm.model.Func;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Module;
import dev.kiln.wasm.model.NumType;
import dev.kiln.wasm.model.Op;
import dev.kiln.wasm.model.TypeDef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Details of the text form that the golden file does not pin down. */
class WatPrinterTest {

    @Test
    void javaNamesBecomeValidIdsThatStayUnique() {
        assertEquals("java.lang.String.<init>__CII_V", WatNames.sanitise("java.lang.String.<init>([CII)V"));
        assertEquals("a_b_c_d", WatNames.sanitise("a b,c;d"));
        assertEquals("caf_", WatNames.sanitise("caf\u00e9"));
        assertEquals("_", WatNames.sanitise(""));
        assertEquals("!#$%&'*+-./:<=>?@\\^_`|~", WatNames.sanitise("!#$%&'*+-./:<=>?@\\^_`|~"));

        Module m = new Module();
        TypeDef t = Types.func(m.addRecGroup(), "t", List.of(), List.of());
        for (String name : List.of("f(I)", "f_I_", "f(I)", "f_I__2")) m.addFunction(Func.defined(name, t, null));
        String wat = WatPrinter.print(m);
        for (String id : List.of("$f_I_ ", "$f_I__2 ", "$f_I__3 ", "$f_I__2_2 ")) assertTrue(wat.contains("(func " + id), wat);
    }

    @Test
    void unnamedThingsGetIndexNamesAndUnnamedFieldsPrintByIndex() {
        Module m = new Module();
        TypeDef s = Types.struct(m.addRecGroup(), null, null, true, FieldType.immutable(null, NumType.I32));
        TypeDef t = Types.func(m.addRecGroup(), null, List.of(), List.of(NumType.I32));
        Func f = m.addFunction(Func.defined(null, t, null));
        f.body().addAll(List.of(Instr.i32Const(1), Instr.structNew(s), Instr.structGet(s, 0)));
        String wat = WatPrinter.print(m);
        assertTrue(wat.contains("(type $type0 (struct (field i32)))"), wat);
        assertTrue(wat.contains("(func $func0 (type $type1) (result i32)"), wat);
        assertTrue(wat.contains("struct.get $type0 0\n"), wat);
    }

    @Test
    void floatsKeepTheirExactBits() {
        assertEquals("0.1", InstrText.f64(Double.doubleToRawLongBits(0.1)));
        assertEquals("-0.0", InstrText.f32(Float.floatToRawIntBits(-0.0f)));
        assertEquals("1.4E-45", InstrText.f32(1));
        assertEquals("3.4028235E38", InstrText.f32(Float.floatToRawIntBits(Float.MAX_VALUE)));
        assertEquals("-inf", InstrText.f64(Double.doubleToRawLongBits(Double.NEGATIVE_INFINITY)));
        assertEquals("nan", InstrText.f32(0x7fc00000));
        assertEquals("-nan:0x1", InstrText.f32(0xff800001));
        assertEquals("nan:0x4000000000001", InstrText.f64(0x7ff4000000000001L));
    }

    @Test
    void commentHookPrintsEachLineBeforeTheFunction() {
        Module m = new Module();
        TypeDef t = Types.func(m.addRecGroup(), "t", List.of(), List.of());
        m.addFunction(Func.defined("f", t, null));
        String wat = WatPrinter.print(m, f -> "void A.f()\ninlined: B.g()");
        assertTrue(wat.contains("  ;;; void A.f()\n  ;;; inlined: B.g()\n  (func $f (type $t)\n"), wat);
    }

    @Test
    void brokenBodiesStillPrintForDebugging() {
        Module m = new Module();
        TypeDef t = Types.func(m.addRecGroup(), "t", List.of(), List.of());
        Func f = m.addFunction(Func.defined("f", t, null));
        f.body().addAll(List.of(Instr.end(), Instr.else_(), Instr.simple(Op.NOP)));
        assertEquals("(module\n  (type $t (func))\n  (func $f (type $t)\n    end\n    else\n      nop\n  )\n)\n", WatPrinter.print(m));
    }
}
