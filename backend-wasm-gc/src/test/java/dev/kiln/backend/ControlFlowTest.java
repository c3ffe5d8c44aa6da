package dev.kiln.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.ir.CompileError;
import org.junit.jupiter.api.Test;

/** Structured control flow from CFGs: loops, nested loops, switches, out-of-SSA copies, irreducibility. */
class ControlFlowTest {
    private static String run(String methods, String mainBody) {
        return Programs.run("class test.Main extends java.lang.Object [public] {\n"
            + "  method public static main(java.lang.String[])void (v0: java.lang.String[]) {\n  b0:\n" + mainBody
            + "    return\n  }\n" + methods + "}\n");
    }

    private int nextValue = 100;

    /** Main body lines printing {@code name(arg)} for each argument, separated by spaces. */
    private String calls(String sig, int... args) {
        StringBuilder sb = new StringBuilder();
        int v = nextValue;
        nextValue += 3 * args.length;
        for (int a : args) {
            sb.append("    v").append(v).append(" = const int ").append(a).append('\n');
            sb.append("    v").append(v + 1).append(" = invoke.static test.Main.").append(sig).append(" v").append(v).append('\n');
            sb.append("    invoke.static test.Out.printInt(int)void v").append(v + 1).append('\n');
            sb.append("    v").append(v + 2).append(" = const int 32\n");
            sb.append("    invoke.static test.Out.printChar(int)void v").append(v + 2).append('\n');
            v += 3;
        }
        return sb.toString();
    }

    @Test
    void nestedLoopsWithEarlyExitsCountPrimes() {
        String out = run("""
              method static primes(int)int (v0: int) {
              b0:
                v1 = const int 0
                v2 = const int 2
                goto b1
              b1:
                v3 = phi int [b0: v1], [b6: v10]
                v4 = phi int [b0: v2], [b6: v11]
                if ge v4, v0 then b7 else b2
              b2:
                v5 = const int 2
                goto b3
              b3:
                v6 = phi int [b2: v5], [b5: v9]
                v7 = mul int v6, v6
                if gt v7, v4 then b8 else b4
              b4:
                v8 = rem int v4, v6
                if eq v8 then b6 else b5
              b5:
                v12 = const int 1
                v9 = add int v6, v12
                goto b3
              b8:
                v13 = const int 1
                v14 = add int v3, v13
                goto b6
              b6:
                v10 = phi int [b4: v3], [b8: v14]
                v15 = const int 1
                v11 = add int v4, v15
                goto b1
              b7:
                return v3
              }
            """, calls("primes(int)int", 0, 3, 50, 1000));
        assertEquals("0 1 15 168 <finish>\n", out);
    }

    @Test
    void phiCopiesOnBackEdgesSwapValuesInParallel() {
        String out = run("""
              method static swaps(int)int (v0: int) {
              b0:
                v1 = const int 1
                v2 = const int 2
                goto b1
              b1:
                v3 = phi int [b0: v1], [b2: v4]
                v4 = phi int [b0: v2], [b2: v3]
                v5 = phi int [b0: v0], [b2: v7]
                if le v5 then b3 else b2
              b2:
                v6 = const int 1
                v7 = sub int v5, v6
                goto b1
              b3:
                v8 = const int 10
                v9 = mul int v3, v8
                v10 = add int v9, v4
                return v10
              }

              method static fib(int)int (v0: int) {
              b0:
                v1 = const int 0
                v2 = const int 1
                goto b1
              b1:
                v3 = phi int [b0: v1], [b2: v4]
                v4 = phi int [b0: v2], [b2: v6]
                v5 = phi int [b0: v0], [b2: v7]
                if le v5 then b3 else b2
              b2:
                v6 = add int v3, v4
                v8 = const int 1
                v7 = sub int v5, v8
                goto b1
              b3:
                return v3
              }
            """, calls("swaps(int)int", 0, 3, 4) + calls("fib(int)int", 1, 10, 40));
        assertEquals("12 21 12 1 55 102334155 <finish>\n", out);
    }

    @Test
    void switchesDispatchDenseKeysThroughATableAndSparseKeysThroughCompares() {
        String out = run("""
              method static dense(int)int (v0: int) {
              b0:
                switch v0 [0: b1, 1: b2, 2: b3, 5: b2] default b4
              b1:
                v1 = const int 10
                goto b5
              b2:
                v2 = const int 20
                goto b5
              b3:
                v3 = const int 30
                return v3
              b4:
                v4 = const int -1
                goto b5
              b5:
                v5 = phi int [b1: v1], [b2: v2], [b4: v4]
                return v5
              }

              method static sparse(int)int (v0: int) {
              b0:
                v1 = const int 100
                switch v0 [-1000: b2, 7: b1, 100000: b2] default b3
              b1:
                v2 = const int 7
                goto b2
              b2:
                v3 = phi int [b0: v1], [b1: v2]
                return v3
              b3:
                v4 = const int 0
                return v4
              }
            """, calls("dense(int)int", -1, 0, 1, 2, 3, 5, 6, Integer.MIN_VALUE)
                + calls("sparse(int)int", -1000, 7, 100000, 8, Integer.MAX_VALUE));
        assertEquals("-1 10 20 30 -1 20 -1 -1 100 7 100 0 0 <finish>\n", out);
    }

    @Test
    void criticalEdgesAndIdenticalTargetsCarryTheirCopies() {
        String out = run("""
              method static pick(int)int (v0: int) {
              b0:
                v1 = const int 1
                v2 = const int 2
                if lt v0 then b2 else b1
              b1:
                goto b2
              b2:
                v3 = phi int [b0: v1], [b1: v2]
                if eq v0, v0 then b3 else b3
              b3:
                return v3
              }
            """, calls("pick(int)int", -5, 5));
        assertEquals("1 2 <finish>\n", out);
    }

    @Test
    void irreducibleControlFlowIsACompileErrorNamingTheMethod() {
        CompileError e = assertThrows(CompileError.class, () -> Programs.compile("""
            class test.Main extends java.lang.Object [public] {
              method public static main(java.lang.String[])void (v0: java.lang.String[]) {
              b0:
                return
              }

              method static tangled(int)int (v0: int) {
              b0:
                if eq v0 then b1 else b2
              b1:
                goto b2
              b2:
                goto b1
              }
            }
            """));
        assertTrue(e.getMessage().contains("irreducible"), e.getMessage());
        assertTrue(e.getMessage().contains("test.Main.tangled(int)int"), e.getMessage());
    }

    @Test
    void referenceComparisonsWithTheNullConstantTestForNull() {
        String out = run("""
              method static same(java.lang.Object,java.lang.Object)int (v0: java.lang.Object, v1: java.lang.Object) {
              b0:
                v2 = const null
                if eq v2, v2 then b1 else b3
              b1:
                if ne v0, v2 then b2 else b3
              b2:
                if eq v0, v1 then b4 else b3
              b3:
                v3 = const int 0
                return v3
              b4:
                v4 = const int 1
                return v4
              }
            """, """
                v1 = const string "x"
                v2 = invoke.static test.Main.same(java.lang.Object,java.lang.Object)int v1, v1
                invoke.static test.Out.printInt(int)void v2
                v3 = const null
                v4 = invoke.static test.Main.same(java.lang.Object,java.lang.Object)int v3, v3
                invoke.static test.Out.printInt(int)void v4
            """);
        assertEquals("10<finish>\n", out);
    }
}
