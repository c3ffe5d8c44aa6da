package dev.kiln.opt.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrProgram;
import dev.kiln.ir.text.IrParser;
import dev.kiln.ir.verify.IrVerifier;
import org.junit.jupiter.api.Test;

/**
 * Static initializers run at compile time: one that only computes constants is dropped and its fields start with what
 * it left; one that stops early (an allocation) keeps running at run time, but a final field it stored once before
 * stopping, without reading it first, starts with its value and loses its store. Values a field's type cannot hold
 * unchanged, divisions by zero, string identity and loops that do not end stop the run. A class whose superclass's
 * initializer runs code is left alone; one whose superclass's initializer was dropped is not.
 */
class EvaluateStaticInitializersTest {
    private static final String PROGRAM = """
            program entry t.Main.main(java.lang.String[])void

            class java.lang.Object [public] {
              instantiated

              method public <init>()void (v0: java.lang.Object) {
              b0:
                return
              }
            }

            class t.Pure extends java.lang.Object [public] {
              field static int limit
              field static final long SEED
              field static final java.lang.String NAME
              field static int zero

              method static <clinit>()void () {
              b0:
                v0 = const int 0
                v1 = const int 1
                v2 = const int 10
                goto b1
              b1:
                v3 = phi int [b0: v0], [b2: v6]
                v4 = phi int [b0: v0], [b2: v5]
                if le v4, v2 then b2 else b3
              b2:
                v5 = add int v4, v1
                v6 = add int v3, v4
                goto b1
              b3:
                putstatic t.Pure.limit:int v3
                v7 = convert int->long v3
                v8 = const long 6148914691236517205
                v9 = xor long v7, v8
                putstatic t.Pure.SEED:long v9
                v10 = const string "pure"
                nullcheck v10
                putstatic t.Pure.NAME:java.lang.String v10
                putstatic t.Pure.zero:int v0
                return
              }
            }

            class t.Partial extends java.lang.Object [public] {
              field static final int MASK
              field static final int COUNTED
              field static final java.lang.Object CACHE
              field static final int LATE

              method static <clinit>()void () {
              b0:
                v0 = const int 16
                v1 = const int 1
                v2 = sub int v0, v1
                putstatic t.Partial.MASK:int v2
                v3 = getstatic t.Partial.COUNTED:int
                v4 = add int v3, v1
                putstatic t.Partial.COUNTED:int v4
                v5 = new java.lang.Object
                invoke.special java.lang.Object.<init>()void v5
                putstatic t.Partial.CACHE:java.lang.Object v5
                v6 = const int 5
                putstatic t.Partial.LATE:int v6
                return
              }
            }

            class t.Stops extends java.lang.Object [public] {
              field static final byte B

              method static <clinit>()void () {
              b0:
                v0 = const int 200
                putstatic t.Stops.B:byte v0
                return
              }
            }

            class t.DividesByZero extends java.lang.Object [public] {
              field static final int Q

              method static <clinit>()void () {
              b0:
                v0 = const int 7
                v1 = const int 0
                zerocheck v1
                v2 = div int v0, v1
                putstatic t.DividesByZero.Q:int v2
                return
              }
            }

            class t.Identity extends java.lang.Object [public] {
              field static final int SAME

              method static <clinit>()void () {
              b0:
                v0 = const string "a"
                v1 = const string "a"
                if eq v0, v1 then b1 else b2
              b1:
                v2 = const int 1
                putstatic t.Identity.SAME:int v2
                return
              b2:
                return
              }
            }

            class t.Spins extends java.lang.Object [public] {
              method static <clinit>()void () {
              b0:
                goto b0
              }
            }

            class t.PureSub extends t.PureBase [public] {
              field static int value

              method static <clinit>()void () {
              b0:
                v0 = const int 2
                putstatic t.PureSub.value:int v0
                return
              }
            }

            class t.PureBase extends java.lang.Object [public] {
              field static int value

              method static <clinit>()void () {
              b0:
                v0 = const int 1
                putstatic t.PureBase.value:int v0
                return
              }
            }

            class t.Sub extends t.Base [public] {
              field static final int F

              method static <clinit>()void () {
              b0:
                v0 = const int 3
                putstatic t.Sub.F:int v0
                return
              }
            }

            class t.Base extends java.lang.Object [public] {
              field static int seen

              method static <clinit>()void () {
              b0:
                initclass t.Sub
                v0 = getstatic t.Sub.F:int
                putstatic t.Base.seen:int v0
                return
              }
            }

            class t.Main extends java.lang.Object [public] {
              method public static main(java.lang.String[])void (v0: java.lang.String[]) {
              b0:
                return
              }
            }
            """;

    @Test
    void initializersRunAtCompileTime() {
        IrProgram program = IrParser.parseProgram(PROGRAM);
        EvaluateStaticInitializers.Result result = EvaluateStaticInitializers.run(program);

        IrClass pure = program.clazz("t.Pure");
        assertNull(pure.staticInitializer().body(), "an initializer that only computes constants is dropped");
        assertEquals(55, pure.field("limit").constantValue());
        assertEquals(55L ^ 6148914691236517205L, pure.field("SEED").constantValue());
        assertEquals("pure", pure.field("NAME").constantValue());
        assertNull(pure.field("zero").constantValue(), "a default value needs no initial value");

        IrClass partial = program.clazz("t.Partial");
        assertNotNull(partial.staticInitializer().body(), "an allocation stops the run: the initializer stays");
        assertEquals(15, partial.field("MASK").constantValue());
        assertNull(partial.field("COUNTED").constantValue(), "read before its store: the read must see 0 at run time");
        assertNull(partial.field("LATE").constantValue(), "stored after the run stopped");
        String body = partial.staticInitializer().body().toString();
        assertTrue(!body.contains("putstatic t.Partial.MASK"), body);
        assertTrue(body.contains("putstatic t.Partial.COUNTED"), body);
        assertTrue(body.contains("putstatic t.Partial.LATE"), body);

        assertNull(program.clazz("t.PureBase").staticInitializer().body());
        assertNull(program.clazz("t.PureSub").staticInitializer().body(), "its superclass's initializer went first");
        assertEquals(2, program.clazz("t.PureSub").field("value").constantValue());

        // Initialising Sub first runs Base's initializer, which must see Sub.F at 0: Sub's initializer stays whole.
        for (String name : new String[] {"t.Sub", "t.Base", "t.Stops", "t.DividesByZero", "t.Identity", "t.Spins"}) {
            IrClass c = program.clazz(name);
            assertNotNull(c.staticInitializer().body(), name + " keeps its initializer");
            c.fields().forEach(f -> assertNull(f.constantValue(), name + "." + f.name()));
        }
        assertEquals(new EvaluateStaticInitializers.Result(3, 6), result);
        dev.kiln.ir.Function left = partial.staticInitializer().body();
        assertTrue(IrVerifier.verify(left, program).isValid(), () -> IrVerifier.verify(left, program).toString());
    }
}
