package dev.kiln.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.ir.CompileError;
import dev.kiln.ir.Diagnostic;
import dev.kiln.ir.Function;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.IrProgram;
import dev.kiln.ir.text.IrParser;
import dev.kiln.ir.text.IrPrinter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PassManagerTest {
    private static final String SOURCE = """
            function static t.T.f(int)int (v0: int) {
            b0:
              goto b2
            b1:
              goto b2
            b2:
              v1 = phi int [b0: v0], [b1: v0]
              return v1
            }
            """;

    private static final PassContext CTX = new PassContext(new IrProgram(List.of()));

    /** Deletes the entry's terminator: a pass that breaks the IR. */
    private static final Pass BREAK_TERMINATOR = (ctx, fn) -> {
        List<Instruction> insns = fn.entry().instructions();
        fn.entry().remove(insns.get(insns.size() - 1));
        return true;
    };

    private static PassManager manager(String name, Pass pass) {
        return new PassManager(new Pipeline(List.of(new NamedPass(name, "test pass", pass))));
    }

    @Test
    void standardPipelineCleansUp() {
        Function fn = IrParser.parseFunction(SOURCE);
        assertTrue(new PassManager(Pipeline.standard()).withVerify(true).run(CTX, fn));
        assertEquals("""
                function static t.T.f(int)int (v0: int) {
                b0:
                  goto b2
                b2:
                  return v0
                }
                """, fn.toString());
        assertFalse(new PassManager(Pipeline.standard()).withVerify(true).run(CTX, fn), "a second run finds nothing");
    }

    @Test
    void verifierFailureNamesPassClassAndMethodWithErrorsInline() {
        Function fn = IrParser.parseFunction(SOURCE);
        PassFailure e = assertThrows(PassFailure.class, () -> manager("break-terminator", BREAK_TERMINATOR).withVerify(true).run(CTX, fn));
        assertEquals("break-terminator", e.passName());
        assertTrue(e.getMessage().startsWith("""
                IR verification failed after pass 'break-terminator'
                  in class t.T, method f(int)int
                function static t.T.f(int)int (v0: int) {
                b0:
                ; error: block is empty; it must end in a terminator
                """), e.getMessage());
    }

    @Test
    void withoutVerificationBrokenIrGoesUnnoticed() {
        Function fn = IrParser.parseFunction(SOURCE);
        assertTrue(manager("break-terminator", BREAK_TERMINATOR).run(CTX, fn));
    }

    @Test
    void invalidInputIsBlamedOnTheInput() {
        Function fn = IrParser.parseFunction("function static t.T.f()int () {\nb0:\n  return\n}\n");
        PassFailure e = assertThrows(PassFailure.class, () -> manager("noop", (ctx, f) -> false).withVerify(true).run(CTX, fn));
        assertNull(e.passName());
        assertTrue(e.getMessage().contains("before the first pass"), e.getMessage());
        assertTrue(e.getMessage().contains("; error: return without a value from a function returning int"), e.getMessage());
    }

    @Test
    void crashInVerifyModeCarriesPassMethodAndIrBefore() {
        Function fn = IrParser.parseFunction(SOURCE);
        IllegalStateException bug = new IllegalStateException("bug");
        Pass crash = (ctx, f) -> {
            f.blocks().remove(1);
            throw bug;
        };
        PassFailure e = assertThrows(PassFailure.class, () -> manager("crash", crash).withVerify(true).run(CTX, fn));
        assertSame(bug, e.getCause());
        assertEquals("""
                pass 'crash' crashed with java.lang.IllegalStateException: bug
                  in class t.T, method f(int)int
                IR before the pass:
                """ + SOURCE, e.getMessage());
    }

    @Test
    void crashWithoutVerifyCarriesTheIrTheCrashLeft() {
        Function fn = IrParser.parseFunction(SOURCE);
        Pass crash = (ctx, f) -> {
            f.blocks().remove(1);
            throw new IllegalStateException("bug");
        };
        PassFailure e = assertThrows(PassFailure.class, () -> manager("crash", crash).run(CTX, fn));
        assertEquals("""
                pass 'crash' crashed with java.lang.IllegalStateException: bug
                  in class t.T, method f(int)int
                IR as the crash left it (rerun with --verify-ir for the IR before the pass):
                """ + IrPrinter.print(fn), e.getMessage());
    }

    @Test
    void compileErrorsPassThroughUnwrapped() {
        CompileError error = new CompileError(Diagnostic.error("unsupported"));
        Pass refuse = (ctx, f) -> {
            throw error;
        };
        assertSame(error, assertThrows(CompileError.class, () -> manager("refuse", refuse).run(CTX, IrParser.parseFunction(SOURCE))));
    }

    @Test
    void dumpsAfterTheNamedPassOnlyAndTheDumpParses() {
        List<String> dumps = new ArrayList<>();
        Function fn = IrParser.parseFunction(SOURCE);
        new PassManager(Pipeline.standard()).withDumpAfter(Set.of("remove-unreachable-blocks"), dumps::add).run(CTX, fn);
        assertEquals(1, dumps.size());
        assertTrue(dumps.get(0).startsWith("; IR after remove-unreachable-blocks\nfunction static t.T.f(int)int"), dumps.get(0));
        assertTrue(dumps.get(0).contains("v1 = phi int [b0: v0]"), dumps.get(0));
        String listing = dumps.get(0).substring(dumps.get(0).indexOf('\n') + 1);
        assertEquals(listing, IrParser.parseFunction(dumps.get(0)).toString(), "the dump reads back as IR");
    }

    @Test
    void unknownPassNamesAreRejectedWithTheList() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PassManager(Pipeline.standard()).withDumpAfter(Set.of("inline-everything"), s -> { }));
        assertEquals("no pass named 'inline-everything'; the passes are: remove-unreachable-blocks, inline-small-methods, scalar-replace-allocations, propagate-constants, simplify-trivial-phis, eliminate-common-subexpressions, remove-redundant-null-checks, remove-redundant-casts, remove-redundant-bounds-checks, remove-redundant-class-inits, hoist-loop-invariants, fold-array-initializers, remove-dead-values", e.getMessage());
    }

    @Test
    void pipelineDescribesItselfAndSelectsPasses() {
        assertEquals("""
                remove-unreachable-blocks        drop blocks the entry cannot reach, and their phi inputs
                inline-small-methods             replace each direct call of a small method by a copy of its body (stack traces keep its frame)
                scalar-replace-allocations       replace an object that never leaves the function by SSA values for its fields
                propagate-constants              fold values that are one constant on every path that can run, and branches that go one way
                simplify-trivial-phis            replace each phi whose inputs are one value (or itself) by that value
                eliminate-common-subexpressions  reuse the result of a dominating instruction that computes the same value
                remove-redundant-null-checks     drop each nullcheck of a value every path has checked or that cannot be null
                remove-redundant-casts           turn each checkcast an instanceof or an earlier checkcast already proved into a cast that cannot fail
                remove-redundant-bounds-checks   drop each boundscheck whose index is proved within the array where it stands
                remove-redundant-class-inits     drop each initclass of a class every path has initialised (or a subclass of)
                hoist-loop-invariants            move what a loop computes the same way on every iteration, and cannot throw, to its preheader
                fold-array-initializers          turn newarray + a store to every index into one newarrayof
                remove-dead-values               drop each instruction and phi that only computes a value nothing uses
                """, Pipeline.standard().describe());
        assertEquals(List.of("simplify-trivial-phis"),
                Pipeline.standard().only("simplify-trivial-phis").passes().stream().map(NamedPass::name).toList());
        assertThrows(IllegalArgumentException.class, () -> new Pipeline(List.of(
                new NamedPass("a", "x", (c, f) -> false), new NamedPass("a", "y", (c, f) -> false))));
        assertInstanceOf(IllegalArgumentException.class, assertThrows(RuntimeException.class,
                () -> new NamedPass("Not Kebab", "x", (c, f) -> false)));
    }

    @Test
    void runsOverEveryMethodBodyOfAProgram() {
        IrProgram program = IrParser.parseProgram("""
                program
                class t.A extends java.lang.Object {
                  method static one(int)int (v0: int) {
                  b0:
                    return v0
                  b1:
                    return v0
                  }
                  method abstract two()void
                  method static three()void () {
                  b0:
                    return
                  b5:
                    return
                  }
                }
                """);
        assertTrue(new PassManager(Pipeline.standard()).withVerify(true).run(program));
        program.clazz("t.A").methods().stream().filter(m -> m.body() != null)
                .forEach(m -> assertEquals(1, m.body().blocks().size(), m.toString()));
    }
}
