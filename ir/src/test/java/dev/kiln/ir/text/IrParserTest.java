package dev.kiln.ir.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.ir.Function;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.JType;
import dev.kiln.ir.SourcePos;
import java.util.List;
import org.junit.jupiter.api.Test;

class IrParserTest {
    private static Function body(String... lines) {
        return IrParser.parseFunction("function static t.T.f(int)void (v0: int) {\nb0:\n" + String.join("\n", lines) + "\n}\n");
    }

    private static Object constant(String literal) {
        Function f = body("v1 = const " + literal, "return");
        return ((Insn.Const) f.entry().instructions().get(0)).value();
    }

    @Test
    void floatsKeepEveryBit() {
        assertEquals(0x7f800001, Float.floatToRawIntBits((Float) constant("float nan:0x1")));
        assertEquals(0xffc00000, Float.floatToRawIntBits((Float) constant("float -nan")));
        assertEquals(0x80000000, Float.floatToRawIntBits((Float) constant("float -0.0")));
        assertEquals(0x7ff0000000000001L, Double.doubleToRawLongBits((Double) constant("double nan:0x1")));
        assertEquals(Double.MIN_VALUE, (Double) constant("double 4.9E-324"));
    }

    @Test
    void hexadecimalFloatsAreAcceptedAndPrintedInDecimal() {
        assertEquals(3.0f, constant("float 0x1.8p1"));
        assertEquals("v1 = const double 0.5", IrPrinter.print(body("v1 = const double 0x1.0p-1", "return").entry().instructions().get(0)));
    }

    @Test
    void stringEscapesDecodeToUtf16Units() {
        assertEquals("a\"b\\c\n\t\u00e9\ud800", constant("string \"a\\\"b\\\\c\\n\\t\\u00e9\\ud800\""));
    }

    @Test
    void commentsAndIndentationAreIgnored() {
        Function f = IrParser.parseFunction("""
                ; leading comment
                function static t.T.f(int)void (v0: int) {   ; trailing
                     b0:
                v1 = const string "not ; a comment"   ; a comment
                        return
                }
                """);
        assertEquals("not ; a comment", ((Insn.Const) f.entry().instructions().get(0)).value());
    }

    @Test
    void resultTypesAreDerivedOrAnnotated() {
        Function f = body("v1 = getstatic t.T.flag:boolean", "v2: java.lang.String = const null", "v3 = caught java.lang.Error", "return");
        List<Instruction> insns = f.entry().instructions();
        assertEquals(JType.INT, insns.get(0).result().type());
        assertEquals(JType.STRING, insns.get(1).result().type());
        assertEquals(JType.object("java.lang.Error"), insns.get(2).result().type());
    }

    @Test
    void sourcePositionsAreOptional() {
        Function f = body("v1 = add int v0, v0 @7:3", "return @8");
        assertEquals(new SourcePos(7, 3), f.entry().instructions().get(0).pos());
        assertEquals(new SourcePos(8, -1), f.entry().instructions().get(1).pos());
    }

    @Test
    void instructionsWithoutResultParse() {
        Function f = body("const int 1", "return");
        assertNull(f.entry().instructions().get(0).result());
    }

    @Test
    void errorsNameLineAndColumn() {
        assertError(3, 6, "unknown instruction 'frobnicate'", () -> body("v1 = frobnicate v0"));
        assertError(3, 18, "v7 is used but never defined", () -> body("v1 = add int v0, v7", "return"));
        assertError(3, 6, "no block b9 in this function", () -> body("goto b9"));
        assertError(2, 1, "expected a block label such as b0:",
                () -> IrParser.parseFunction("function static t.T.f()void () {\nreturn\n}"));
        assertError(4, 1, "block b0 is labelled twice", () -> body("return", "b0:", "return"));
        assertError(3, 21, "unknown escape '\\q'", () -> body("v1 = const string \"a\\q\""));
        assertError(3, 6, "cannot derive the type of v1", () -> body("v1 = invoke.static t.T.g()void"));
        assertError(3, 1, "unexpected end of text, expected '}'",
                () -> IrParser.parseFunction("function static t.T.f()void () {\nb0:\n  return\n"));
    }

    @Test
    void aProgramNamesEachEntryPointOnce() {
        assertEquals(2, IrParser.parseProgram("program entry a.A.main(java.lang.String[])void entry b.B.main(java.lang.String[])void\n")
                .entryPoints().size());
        assertEquals(0, IrParser.parseProgram("program\n").entryPoints().size());
        assertError(1, 48, "entry a.A.main(java.lang.String[])void is named twice", () -> IrParser.parseProgram(
                "program entry a.A.main(java.lang.String[])void entry a.A.main(java.lang.String[])void\n"));
    }

    private static void assertError(int line, int column, String message, Runnable parse) {
        IrParseException e = assertThrows(IrParseException.class, parse::run);
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
