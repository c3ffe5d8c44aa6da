package dev.kiln.opt.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kiln.ir.IrProgram;
import dev.kiln.ir.MethodRef;
import dev.kiln.ir.text.IrParser;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The bodies nothing calls once methods were inlined: a static method no call names, a constructor whose only caller
 * lost it, an instance method no virtual call can select. Roots, static initializers, methods a call still names and
 * instance methods a virtual call of their name and descriptor may select keep theirs.
 */
class DropUncalledBodiesTest {
    private static final String PROGRAM = """
            program entry t.Main.main(java.lang.String[])void

            class java.lang.Object [public] {
              instantiated

              method public <init>()void (v0: java.lang.Object) {
              b0:
                return
              }
            }

            class t.Box extends java.lang.Object [public] {
              instantiated

              method public <init>()void (v0: t.Box) {
              b0:
                return
              }

              method public size()int (v0: t.Box) {
              b0:
                v1 = const int 1
                return v1
              }

              method public hash()int (v0: t.Box) {
              b0:
                v1 = const int 2
                return v1
              }
            }

            class t.Main extends java.lang.Object [public] {
              method static <clinit>()void () {
              b0:
                return
              }

              method static inlinedEverywhere()t.Box () {
              b0:
                v0 = new t.Box
                invoke.special t.Box.<init>()void v0
                return v0
              }

              method static hook()void () {
              b0:
                return
              }

              method public static main(java.lang.String[])void (v0: java.lang.String[]) {
              b0:
                v1 = new t.Box
                v2 = invoke.virtual t.Box.size()int v1
                return
              }
            }
            """;

    @Test
    void dropsWhatNoCallNeedsUntilNothingMoreIsUncalled() {
        IrProgram program = IrParser.parseProgram(PROGRAM);
        MethodRef hook = MethodRef.of("t.Main", "hook", "()V");
        int dropped = DropUncalledBodies.run(program, Set.of(hook, MethodRef.of("t.Main", "main", "([Ljava/lang/String;)V")));
        assertNull(program.method(MethodRef.of("t.Main", "inlinedEverywhere", "()Lt/Box;")).body());
        // Its only caller lost its body, so Box.<init> and then Object.<init> are uncalled too.
        assertNull(program.method(MethodRef.of("t.Box", "<init>", "()V")).body());
        assertNull(program.method(MethodRef.of("java.lang.Object", "<init>", "()V")).body());
        assertNull(program.method(MethodRef.of("t.Box", "hash", "()I")).body(), "no virtual call can select it");
        assertNotNull(program.method(MethodRef.of("t.Box", "size", "()I")).body(), "a virtual call names it");
        assertNotNull(program.method(hook).body(), "a root");
        assertNotNull(program.method(MethodRef.of("t.Main", "<clinit>", "()V")).body(), "a static initializer");
        assertEquals(4, dropped);
    }
}
