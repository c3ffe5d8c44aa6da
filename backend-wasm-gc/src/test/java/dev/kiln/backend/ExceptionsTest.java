package dev.kiln.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Java exceptions as one Wasm exception tag: throw, typed handlers in order, phis on exception edges, uncaught. */
class ExceptionsTest {
    private static final String THROWER = """
          method static thrower(int)int (v0: int) {
          b0:
            if eq v0 then b1 else b2
          b1:
            v1 = new java.lang.RuntimeException
            v2 = const string "runtime"
            invoke.special java.lang.RuntimeException.<init>(java.lang.String)void v1, v2
            throw v1
          b2:
            v3 = const int 1
            if eq v0, v3 then b3 else b4
          b3:
            v4 = new java.lang.Exception
            v5 = const string "checked"
            invoke.special java.lang.Exception.<init>(java.lang.String)void v4, v5
            throw v4
          b4:
            v6 = const int 10
            v7 = mul int v0, v6
            return v7
          }
        """;

    @Test
    void handlersAreTriedInOrderAndSeeTheValuesOfTheThrowingBlock() {
        String out = Programs.run("""
            class test.Main extends java.lang.Object [public] {
              method public static main(java.lang.String[])void (v0: java.lang.String[]) {
              b0:
                v1 = const int 0
                v2 = invoke.static test.Main.guarded(int)int v1
                invoke.static test.Out.printInt(int)void v2
                v3 = const int 1
                v4 = invoke.static test.Main.guarded(int)int v3
                invoke.static test.Out.printInt(int)void v4
                v5 = const int 2
                v6 = invoke.static test.Main.guarded(int)int v5
                invoke.static test.Out.printInt(int)void v6
                return
              }

              method static guarded(int)int (v0: int) {
              b0:
                v1 = const int 100
                goto b1
              b1:
                catch java.lang.RuntimeException -> b3
                catch java.lang.Exception -> b4
                v2 = invoke.static test.Main.thrower(int)int v0
                goto b2
              b2:
                return v2
              b3:
                v3 = caught java.lang.RuntimeException
                v4 = invoke.virtual java.lang.Throwable.getMessage()java.lang.String v3
                invoke.static test.Out.println(java.lang.String)void v4
                v5 = const int -1
                goto b5
              b4:
                v6 = caught java.lang.Exception
                v7 = invoke.virtual java.lang.Throwable.getMessage()java.lang.String v6
                invoke.static test.Out.println(java.lang.String)void v7
                goto b5
              b5:
                v8 = phi int [b3: v5], [b4: v1]
                return v8
              }
            """ + THROWER + "}\n");
        assertEquals("runtime\n-1checked\n10020<finish>\n", out);
    }

    @Test
    void anExceptionNoHandlerMatchesPropagatesToTheCaller() {
        String out = Programs.run("""
            class test.Main extends java.lang.Object [public] {
              method public static main(java.lang.String[])void (v0: java.lang.String[]) {
              b0:
                catch java.lang.Exception -> b2
                v1 = invoke.static test.Main.inner()int
                goto b1
              b1:
                return
              b2:
                v2 = caught java.lang.Exception
                v3 = const string "outer caught "
                invoke.static test.Out.print(java.lang.String)void v3
                v4 = invoke.virtual java.lang.Throwable.getMessage()java.lang.String v2
                invoke.static test.Out.println(java.lang.String)void v4
                return
              }

              method static inner()int () {
              b0:
                v0 = const int 1
                goto b1
              b1:
                catch java.lang.RuntimeException -> b3
                v1 = invoke.static test.Main.thrower(int)int v0
                goto b2
              b2:
                return v1
              b3:
                v2 = caught java.lang.RuntimeException
                v3 = const int -1
                return v3
              }
            """ + THROWER + "}\n");
        assertEquals("outer caught checked\n<finish>\n", out);
    }

    @Test
    void aThrowInsideAHandledBlockBranchesStraightToItsHandler() {
        String out = Programs.run("""
            class test.Main extends java.lang.Object [public] {
              method public static main(java.lang.String[])void (v0: java.lang.String[]) {
              b0:
                v1 = new java.lang.RuntimeException
                v2 = const string "local"
                invoke.special java.lang.RuntimeException.<init>(java.lang.String)void v1, v2
                goto b1
              b1:
                catch any -> b2
                throw v1
              b2:
                v3 = caught java.lang.Throwable
                v4 = invoke.virtual java.lang.Throwable.getMessage()java.lang.String v3
                invoke.static test.Out.println(java.lang.String)void v4
                return
              }
            }
            """);
        assertEquals("local\n<finish>\n", out);
    }

    @Test
    void anExceptionEscapingMainGoesToTheUncaughtHook() {
        String out = Programs.run("""
            class test.Main extends java.lang.Object [public] {
              method public static main(java.lang.String[])void (v0: java.lang.String[]) {
              b0:
                v1 = const int 0
                v2 = invoke.static test.Main.thrower(int)int v1
                return
              }
            """ + THROWER + "}\n");
        assertEquals("uncaught java.lang.RuntimeException: runtime\n", out);
    }
}
