package dev.kiln.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The checks behind implicit exceptions, run: each failing check throws what the runtime's factory makes
 * (the stand-in of {@code backend/runtime.ir} reports the index, length or class it is given), a handler
 * in the same method or in a caller catches it, and a passing check lets the access run.
 */
class ImplicitExceptionsTest {
    /** {@code static report(Throwable)}: prints the message. */
    private static final String REPORT = """
          method static report(java.lang.Throwable)void (v0: java.lang.Throwable) {
          b0:
            v1 = invoke.virtual java.lang.Throwable.getMessage()java.lang.String v0
            invoke.static test.Out.println(java.lang.String)void v1
            return
          }
        """;

    private static String run(String main, String methods) {
        return Programs.run("class test.Main extends java.lang.Object [public] {\n"
                + "  instantiated\n  field int value\n\n"
                + "  method public static main(java.lang.String[])void (v0: java.lang.String[]) {\n  b0:\n" + main
                + "    return\n  }\n" + REPORT + methods + "}\n");
    }

    @Test
    void nullCheckThrowsWithItsMessageToTheLocalHandlerOrTheCaller() {
        String out = run("""
                v1 = const null
                invoke.static test.Main.read(test.Main)void v1
                v2 = new test.Main
                invoke.static test.Main.read(test.Main)void v2
                goto b1
              b1:
                catch java.lang.NullPointerException -> b2
                invoke.static test.Main.unguarded(test.Main)void v1
                return
              b2:
                v3 = caught java.lang.NullPointerException
                invoke.static test.Main.report(java.lang.Throwable)void v3
            """, """
              method static read(test.Main)void (v0: test.Main) {
              b0:
                catch java.lang.NullPointerException -> b2
                nullcheck v0 "Cannot read field \\"value\\" because \\"<parameter1>\\" is null"
                goto b1
              b1:
                v1 = getfield test.Main.value:int v0
                invoke.static test.Out.printInt(int)void v1
                return
              b2:
                v2 = caught java.lang.NullPointerException
                invoke.static test.Main.report(java.lang.Throwable)void v2
                return
              }

              method static unguarded(test.Main)void (v0: test.Main) {
              b0:
                nullcheck v0 "Cannot assign field \\"value\\""
                v1 = const int 1
                putfield test.Main.value:int v0, v1
                return
              }
            """);
        assertEquals("Cannot read field \"value\" because \"<parameter1>\" is null\n0Cannot assign field \"value\"\n<finish>\n", out);
    }

    @Test
    void boundsCheckPassesTheIndexAndLengthAndTestsBothEndsAtOnce() {
        String out = run("""
                v1 = const int 3
                v2 = newarray int v1
                v3 = const int 5
                invoke.static test.Main.load(int[],int)void v2, v3
                v4 = const int -1
                invoke.static test.Main.load(int[],int)void v2, v4
                v5 = const int 2
                invoke.static test.Main.load(int[],int)void v2, v5
            """, """
              method static load(int[],int)void (v0: int[], v1: int) {
              b0:
                catch java.lang.ArrayIndexOutOfBoundsException -> b2
                boundscheck v0, v1
                goto b1
              b1:
                v2 = aload int v0, v1
                invoke.static test.Out.printInt(int)void v2
                return
              b2:
                v3 = caught java.lang.ArrayIndexOutOfBoundsException
                invoke.static test.Main.report(java.lang.Throwable)void v3
                return
              }
            """);
        assertEquals("5/3 out of bounds\n-1/3 out of bounds\n0<finish>\n", out);
    }

    @Test
    void zeroCheckGuardsIntAndLongDivision() {
        String out = run("""
                v1 = const int 0
                v2 = const long 0
                invoke.static test.Main.divide(int,long)void v1, v2
                v3 = const int 3
                v4 = const long 2
                invoke.static test.Main.divide(int,long)void v3, v4
            """, """
              method static divide(int,long)void (v0: int, v1: long) {
              b0:
                catch java.lang.ArithmeticException -> b3
                zerocheck v0
                goto b1
              b1:
                v2 = const int 12
                v3 = div int v2, v0
                invoke.static test.Out.printInt(int)void v3
                goto b2
              b2:
                catch java.lang.ArithmeticException -> b3
                zerocheck v1
                goto b4
              b3:
                v4 = caught java.lang.ArithmeticException
                invoke.static test.Main.report(java.lang.Throwable)void v4
                return
              b4:
                v5 = const long 9
                v6 = rem long v5, v1
                invoke.static test.Out.printLong(long)void v6
                return
              }
            """);
        assertEquals("/ by zero\n41<finish>\n", out);
    }

    @Test
    void storeCheckPassesNullTheExactClassSubclassesAndImplementationsAndRejectsTheRest() {
        String out = run("""
                v1 = const int 1
                v2 = newarray java.lang.String v1
                v3 = const string "s"
                invoke.static test.Main.store(java.lang.Object[],java.lang.Object)void v2, v3
                v4 = const null
                invoke.static test.Main.store(java.lang.Object[],java.lang.Object)void v2, v4
                v5 = new test.Main
                invoke.static test.Main.store(java.lang.Object[],java.lang.Object)void v2, v5
                v6 = newarray java.lang.Object v1
                invoke.static test.Main.store(java.lang.Object[],java.lang.Object)void v6, v5
                v7 = newarray java.lang.RuntimeException v1
                v8 = new java.lang.NullPointerException
                invoke.static test.Main.store(java.lang.Object[],java.lang.Object)void v7, v8
                v9 = newarray java.lang.CharSequence v1
                invoke.static test.Main.store(java.lang.Object[],java.lang.Object)void v9, v3
                invoke.static test.Main.store(java.lang.Object[],java.lang.Object)void v9, v5
            """, """
              method static store(java.lang.Object[],java.lang.Object)void (v0: java.lang.Object[], v1: java.lang.Object) {
              b0:
                catch java.lang.ArrayStoreException -> b2
                storecheck v0, v1
                goto b1
              b1:
                v2 = const int 0
                astore java.lang.Object v0, v2, v1
                v3 = const string "stored"
                invoke.static test.Out.println(java.lang.String)void v3
                return
              b2:
                v4 = caught java.lang.ArrayStoreException
                invoke.static test.Main.report(java.lang.Throwable)void v4
                return
              }
            """);
        assertEquals("stored\nstored\ntest.Main\nstored\nstored\nstored\ntest.Main\n<finish>\n", out);
    }

    @Test
    void failedCastsThrowWithTheObjectAndTheTargetClassWhileNullAndInstancesPass() {
        String out = run("""
                v1 = const string "text"
                invoke.static test.Main.cast(java.lang.Object)void v1
                v2 = new test.Main
                invoke.static test.Main.cast(java.lang.Object)void v2
                v3 = const null
                invoke.static test.Main.cast(java.lang.Object)void v3
            """, """
              method static cast(java.lang.Object)void (v0: java.lang.Object) {
              b0:
                catch java.lang.ClassCastException -> b4
                v1 = checkcast test.Main v0
                goto b1
              b1:
                catch java.lang.ClassCastException -> b4
                v2 = checkcast java.lang.CharSequence v0
                goto b2
              b2:
                catch java.lang.ClassCastException -> b4
                v3 = checkcast test.Main[] v0
                goto b3
              b3:
                v4 = const string "passed"
                invoke.static test.Out.println(java.lang.String)void v4
                return
              b4:
                v5 = caught java.lang.ClassCastException
                invoke.static test.Main.report(java.lang.Throwable)void v5
                return
              }
            """);
        assertEquals("java.lang.String to test.Main\ntest.Main to java.lang.CharSequence\npassed\n<finish>\n", out);
    }

    @Test
    void arrayAllocationChecksEveryLengthBeforeAllocating() {
        String out = run("""
                v1 = const int -2
                invoke.static test.Main.allocate(int)void v1
                v2 = const int 2
                invoke.static test.Main.allocate(int)void v2
            """, """
              method static allocate(int)void (v0: int) {
              b0:
                catch java.lang.NegativeArraySizeException -> b3
                v1 = newarray long v0
                goto b1
              b1:
                catch java.lang.NegativeArraySizeException -> b3
                v2 = const int 0
                v3 = sub int v2, v0
                v4 = newmultiarray int[][] v2, v3
                goto b2
              b2:
                v5 = arraylength v1
                invoke.static test.Out.printInt(int)void v5
                return
              b3:
                v6 = caught java.lang.NegativeArraySizeException
                invoke.static test.Main.report(java.lang.Throwable)void v6
                return
              }
            """);
        assertEquals("-2 negative size\n-2 negative size\n<finish>\n", out);
    }
}
