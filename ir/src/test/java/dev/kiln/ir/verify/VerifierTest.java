package dev.kiln.ir.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import dev.kiln.ir.Insn;
import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.IrProgram;
import dev.kiln.ir.JType;
import dev.kiln.ir.MethodRef;
import dev.kiln.ir.testing.Golden;
import dev.kiln.ir.text.IrParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class VerifierTest {
    /** The round-trip corpus is meant to be valid IR; the verifier must agree, with its program where it has one. */
    @TestFactory
    Stream<DynamicTest> roundTripCorpusIsValid() {
        return Golden.irFiles(Golden.resourceDir("ir", "roundtrip")).stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> assertValid(file)));
    }

    private static void assertValid(Path file) {
        String text = Golden.read(file);
        if (!text.lines().anyMatch(l -> l.startsWith("program"))) {
            VerifierResult r = IrVerifier.verify(IrParser.parseFunction(text));
            assertTrue(r.isValid(), r::render);
            return;
        }
        IrProgram program = IrParser.parseProgram(text);
        for (IrClass c : program.classes()) {
            for (IrMethod m : c.methods()) {
                if (m.body() == null) continue;
                VerifierResult r = IrVerifier.verify(m.body(), program);
                assertTrue(r.isValid(), r::render);
            }
        }
    }

    @Test
    void membersAreLookedUpInTheProgram() {
        IrProgram program = IrParser.parseProgram("""
                program
                class t.I extends java.lang.Object [interface abstract] {
                  method public abstract m()void
                }
                class t.A extends java.lang.Object [abstract] {
                  field int x
                  field static long count
                  method static s()void
                  method v()void
                  method run(t.A)void (v0: t.A, v1: t.A) {
                  b0:
                    v2 = getfield t.A.x:long v0
                    v3 = getstatic t.A.x:int
                    v4 = getfield t.A.missing:int v0
                    invoke.virtual t.A.s()void v0
                    invoke.static t.A.v()void
                    invoke.interface t.A.v()void v0
                    invoke.virtual t.I.m()void v1
                    invoke.virtual t.A.gone()void v0
                    invoke.static t.Elsewhere.anything()void
                    v5 = new t.A
                    return
                  }
                }
                """);
        Function f = program.method(new MethodRef("t.A", "run", dev.kiln.ir.MethodSig.parse("(t.A)void"))).body();
        List<String> messages = IrVerifier.verify(f, program).errors().stream().map(VerifierError::message).toList();
        assertEquals(List.of(
                "field t.A.x has type int, not long",
                "getstatic of instance field t.A.x:int",
                "no field missing in t.A",
                "invoke.virtual of static method t.A.s()void",
                "invoke.static of instance method t.A.v()void",
                "invoke.interface of a method of class t.A",
                "no method gone()void in t.A",
                "new of abstract class or interface t.A"), messages);
        assertTrue(IrVerifier.verify(f).isValid(), "without a program, members are not looked up");
    }

    @Test
    void malformedConstantsStillRender() {
        Function f = IrParser.parseFunction("function static t.T.f()void () {\nb0:\n  v0 = const int 1\n  return\n}\n");
        Insn.Const bad = new Insn.Const(f.newValue(JType.INT), Boolean.TRUE);
        f.entry().insert(0, bad);
        assertEquals("function static t.T.f()void () {\nb0:\n  v1: int = const invalid java.lang.Boolean\n"
                + "  ; error: not a constant: java.lang.Boolean\n  v0 = const int 1\n  return\n}\n", IrVerifier.verify(f).render());
    }

    @Test
    void branchOutOfTheFunctionStopsGraphChecks() {
        Function f = IrParser.parseFunction("function static t.T.f()void () {\nb0:\n  return\n}\n");
        Function other = IrParser.parseFunction("function static t.T.g()void () {\nb0:\n  return\n}\n");
        Block entry = f.entry();
        entry.remove(entry.instructions().get(0));
        entry.add(new Insn.Goto(other.entry()));
        VerifierResult r = IrVerifier.verify(f);
        List<String> messages = new ArrayList<>();
        r.errors().forEach(e -> messages.add(e.message()));
        assertEquals(List.of("branches to b0, which is not a block of this function"), messages);
        assertEquals("function static t.T.f()void () {\nb0:\n  goto b0\n  ; error: branches to b0, which is not a block of this function\n}\n",
                r.render());
    }
}
