package dev.kiln.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Fields, allocation, virtual and interface dispatch, type tests, Class objects and literals. */
class ObjectsTest {
    private static final String SHAPES = """
        class test.Shape [public interface abstract] {
          method public abstract area()int
          method public describe()java.lang.String (v0: test.Shape) {
          b0:
            v1 = const string "shape"
            return v1
          }
        }

        class test.Base extends java.lang.Object implements test.Shape [public abstract] {
          field protected int w

          method public <init>(int)void (v0: test.Base, v1: int) {
          b0:
            invoke.special java.lang.Object.<init>()void v0
            putfield test.Base.w:int v0, v1
            return
          }

          method public name()java.lang.String (v0: test.Base) {
          b0:
            v1 = const string "base"
            return v1
          }

          method public abstract area()int
        }

        class test.Square extends test.Base [public] {
          instantiated

          method public <init>(int)void (v0: test.Square, v1: int) {
          b0:
            invoke.special test.Base.<init>(int)void v0, v1
            return
          }

          method public area()int (v0: test.Square) {
          b0:
            v1 = getfield test.Base.w:int v0
            v2 = mul int v1, v1
            return v2
          }

          method public name()java.lang.String (v0: test.Square) {
          b0:
            v1 = const string "square"
            return v1
          }
        }

        class test.Rect extends test.Base [public] {
          instantiated
          field private int h

          method public <init>(int,int)void (v0: test.Rect, v1: int, v2: int) {
          b0:
            invoke.special test.Base.<init>(int)void v0, v1
            putfield test.Rect.h:int v0, v2
            return
          }

          method public area()int (v0: test.Rect) {
          b0:
            v1 = getfield test.Base.w:int v0
            v2 = getfield test.Rect.h:int v0
            v3 = mul int v1, v2
            return v3
          }

          method public describe()java.lang.String (v0: test.Rect) {
          b0:
            v1 = invoke.special test.Base.name()java.lang.String v0
            return v1
          }
        }
        """;

    @Test
    void virtualAndInterfaceCallsDispatchOnTheReceiversClass() {
        String out = Programs.run(SHAPES + """
            class test.Main extends java.lang.Object [public] {
              method public static main(java.lang.String[])void (v0: java.lang.String[]) {
              b0:
                v1 = new test.Square
                v2 = const int 3
                invoke.special test.Square.<init>(int)void v1, v2
                invoke.static test.Main.show(test.Base)void v1
                v3 = new test.Rect
                v4 = const int 2
                v5 = const int 5
                invoke.special test.Rect.<init>(int,int)void v3, v4, v5
                invoke.static test.Main.show(test.Base)void v3
                return
              }

              method static show(test.Base)void (v0: test.Base) {
              b0:
                v1 = invoke.virtual test.Base.name()java.lang.String v0
                invoke.static test.Out.println(java.lang.String)void v1
                v2 = invoke.virtual test.Base.area()int v0
                invoke.static test.Out.printInt(int)void v2
                v3 = invoke.interface test.Shape.area()int v0
                invoke.static test.Out.printInt(int)void v3
                v4 = invoke.interface test.Shape.describe()java.lang.String v0
                invoke.static test.Out.println(java.lang.String)void v4
                v5 = invoke.virtual java.lang.Object.toString()java.lang.String v0
                invoke.static test.Out.println(java.lang.String)void v5
                return
              }
            }
            """);
        assertEquals("square\n99shape\ntest.Square\nbase\n1010base\ntest.Rect\n<finish>\n", out);
    }

    @Test
    void typeTestsForClassesInterfacesAndArrays() {
        String out = Programs.run(SHAPES + """
            class test.Main extends java.lang.Object [public] {
              method public static main(java.lang.String[])void (v0: java.lang.String[]) {
              b0:
                v1 = new test.Square
                v2 = const int 3
                invoke.special test.Square.<init>(int)void v1, v2
                invoke.static test.Main.test(java.lang.Object)void v1
                v3 = const string "s"
                invoke.static test.Main.test(java.lang.Object)void v3
                v4 = newarray test.Square v2
                invoke.static test.Main.test(java.lang.Object)void v4
                v5 = newarray int v2
                invoke.static test.Main.test(java.lang.Object)void v5
                v6 = newmultiarray int[][] v2, v2
                invoke.static test.Main.test(java.lang.Object)void v6
                v7 = const null
                invoke.static test.Main.test(java.lang.Object)void v7
                return
              }

              method static test(java.lang.Object)void (v0: java.lang.Object) {
              b0:
                v1 = instanceof test.Shape v0
                v2 = instanceof test.Base v0
                v3 = instanceof test.Rect v0
                v4 = instanceof java.lang.CharSequence v0
                v5 = instanceof java.lang.Object[] v0
                v6 = instanceof test.Shape[] v0
                v7 = instanceof test.Rect[] v0
                v8 = instanceof int[] v0
                v9 = instanceof int[][] v0
                v10 = instanceof java.lang.Object v0
                v11 = const int 10
                v12 = mul int v1, v11
                v13 = add int v12, v2
                v14 = mul int v13, v11
                v15 = add int v14, v3
                v16 = mul int v15, v11
                v17 = add int v16, v4
                v18 = mul int v17, v11
                v19 = add int v18, v5
                v20 = mul int v19, v11
                v21 = add int v20, v6
                v22 = mul int v21, v11
                v23 = add int v22, v7
                v24 = mul int v23, v11
                v25 = add int v24, v8
                v26 = mul int v25, v11
                v27 = add int v26, v9
                v28 = mul int v27, v11
                v29 = add int v28, v10
                invoke.static test.Out.printInt(int)void v29
                v30 = const int 32
                invoke.static test.Out.printChar(int)void v30
                return
              }
            }
            """);
        // digits: Shape Base Rect CharSequence Object[] Shape[] Rect[] int[] int[][] Object
        assertEquals("1100000001 1000001 110001 101 100011 0 <finish>\n", out);
    }

    @Test
    void checkcastPassesInstancesAndNullAndClassObjectsNameTheirType() {
        String out = Programs.run(SHAPES + """
            class test.Main extends java.lang.Object [public] {
              method public static main(java.lang.String[])void (v0: java.lang.String[]) {
              b0:
                v1 = new test.Rect
                v2 = const int 3
                invoke.special test.Rect.<init>(int,int)void v1, v2, v2
                v3 = invoke.static test.Main.cast(java.lang.Object)test.Shape v1
                v4 = invoke.interface test.Shape.area()int v3
                invoke.static test.Out.printInt(int)void v4
                v5 = const null
                v6 = invoke.static test.Main.cast(java.lang.Object)test.Shape v5
                v7 = const class test.Shape[][]
                v8 = invoke.virtual java.lang.Class.getName()java.lang.String v7
                invoke.static test.Out.println(java.lang.String)void v8
                v9 = const class int
                v10 = invoke.virtual java.lang.Class.getName()java.lang.String v9
                invoke.static test.Out.println(java.lang.String)void v10
                v11 = newarray test.Rect v2
                v12 = checkcast test.Shape[] v11
                v13 = invoke.virtual java.lang.Object.getClass()java.lang.Class v12
                v14 = invoke.virtual java.lang.Class.getName()java.lang.String v13
                invoke.static test.Out.println(java.lang.String)void v14
                v15 = const class test.Rect[]
                if eq v13, v15 then b1 else b2
              b1:
                v16 = const string "same Class"
                invoke.static test.Out.println(java.lang.String)void v16
                v17 = const class test.Shape[][]
                v18 = invoke.virtual java.lang.Class.getComponentType()java.lang.Class v17
                v19 = invoke.virtual java.lang.Class.getComponentType()java.lang.Class v18
                v20 = invoke.virtual java.lang.Class.getName()java.lang.String v19
                invoke.static test.Out.println(java.lang.String)void v20
                return
              b2:
                return
              }

              method static cast(java.lang.Object)test.Shape (v0: java.lang.Object) {
              b0:
                v1 = checkcast test.Shape v0
                return v1
              }
            }
            """);
        assertEquals("9[[Ltest.Shape;\nint\n[Ltest.Rect;\nsame Class\ntest.Shape\n<finish>\n", out);
    }

    @Test
    void fieldsOfEveryTypeStoreAndLoadWithJavaNarrowing() {
        String out = Programs.run("""
            class test.Box extends java.lang.Object [public] {
              instantiated
              field byte b
              field char c
              field short s
              field boolean z
              field long l
              field double d
              field static byte sb
              field static long sl = long 123456789012
              field static final java.lang.String NAME = string "kiln"
            }

            class test.Main extends java.lang.Object [public] {
              method public static main(java.lang.String[])void (v0: java.lang.String[]) {
              b0:
                v1 = new test.Box
                v2 = const int 200
                putfield test.Box.b:byte v1, v2
                v3 = const int -1
                putfield test.Box.c:char v1, v3
                v4 = const int 40000
                putfield test.Box.s:short v1, v4
                v5 = const int 3
                putfield test.Box.z:boolean v1, v5
                v6 = const long -5
                putfield test.Box.l:long v1, v6
                v7 = const double 2.5
                putfield test.Box.d:double v1, v7
                putstatic test.Box.sb:byte v2
                v8 = getfield test.Box.b:byte v1
                invoke.static test.Out.printInt(int)void v8
                v9 = getfield test.Box.c:char v1
                invoke.static test.Out.printInt(int)void v9
                v10 = getfield test.Box.s:short v1
                invoke.static test.Out.printInt(int)void v10
                v11 = getfield test.Box.z:boolean v1
                invoke.static test.Out.printInt(int)void v11
                v12 = getfield test.Box.l:long v1
                invoke.static test.Out.printLong(long)void v12
                v13 = getfield test.Box.d:double v1
                invoke.static test.Out.printDouble(double)void v13
                v14 = getstatic test.Box.sb:byte
                invoke.static test.Out.printInt(int)void v14
                v15 = getstatic test.Box.sl:long
                invoke.static test.Out.printLong(long)void v15
                v16 = getstatic test.Box.NAME:java.lang.String
                invoke.static test.Out.println(java.lang.String)void v16
                v17 = const string "kiln"
                if eq v16, v17 then b1 else b2
              b1:
                v18 = const string "interned"
                invoke.static test.Out.println(java.lang.String)void v18
                return
              b2:
                return
              }
            }
            """);
        assertEquals("-5665535-25536" + "1" + "-52.5-56123456789012kiln\ninterned\n<finish>\n", out);
    }

    @Test
    void identityHashIsStableNonZeroAndOverridable() {
        String out = Programs.run("""
            class test.Main extends java.lang.Object [public] {
              instantiated

              method public <init>()void (v0: test.Main) {
              b0:
                invoke.special java.lang.Object.<init>()void v0
                return
              }

              method public static main(java.lang.String[])void (v0: java.lang.String[]) {
              b0:
                v1 = new test.Main
                invoke.special test.Main.<init>()void v1
                v2 = invoke.virtual java.lang.Object.hashCode()int v1
                v3 = invoke.virtual java.lang.Object.hashCode()int v1
                v4 = sub int v2, v3
                invoke.static test.Out.printInt(int)void v4
                if eq v2 then b1 else b2
              b1:
                v5 = const string "zero!"
                invoke.static test.Out.println(java.lang.String)void v5
                goto b2
              b2:
                v6 = const string "ab"
                v7 = invoke.virtual java.lang.Object.hashCode()int v6
                invoke.static test.Out.printInt(int)void v7
                return
              }
            }
            """);
        assertEquals("0" + "ab".hashCode() + "<finish>\n", out);
    }

    @Test
    void cloneCopiesObjectsAndArraysShallowlyWithAFreshIdentity() {
        String out = Programs.run("""
            class test.Pair extends java.lang.Object implements java.lang.Cloneable [public] {
              instantiated
              field int a
              field char c
              field java.lang.String s

              method public <init>()void (v0: test.Pair) {
              b0:
                invoke.special java.lang.Object.<init>()void v0
                return
              }

              method public copy()test.Pair (v0: test.Pair) {
              b0:
                v1 = invoke.special java.lang.Object.clone()java.lang.Object v0
                v2 = checkcast test.Pair v1
                return v2
              }
            }

            class test.Main extends java.lang.Object [public] {
              method public static main(java.lang.String[])void (v0: java.lang.String[]) {
              b0:
                v1 = new test.Pair
                invoke.special test.Pair.<init>()void v1
                v2 = const int 7
                putfield test.Pair.a:int v1, v2
                v3 = const int 65
                putfield test.Pair.c:char v1, v3
                v4 = const string "s"
                putfield test.Pair.s:java.lang.String v1, v4
                v5 = invoke.virtual java.lang.Object.hashCode()int v1
                v6 = invoke.virtual test.Pair.copy()test.Pair v1
                v7 = const int 8
                putfield test.Pair.a:int v1, v7
                v8 = getfield test.Pair.a:int v6
                invoke.static test.Out.printInt(int)void v8
                v9 = getfield test.Pair.c:char v6
                invoke.static test.Out.printChar(int)void v9
                v10 = getfield test.Pair.s:java.lang.String v6
                invoke.static test.Out.println(java.lang.String)void v10
                v11 = invoke.virtual java.lang.Object.getClass()java.lang.Class v6
                v12 = invoke.virtual java.lang.Class.getName()java.lang.String v11
                invoke.static test.Out.println(java.lang.String)void v12
                v13 = invoke.virtual java.lang.Class.getModifiers()int v11
                invoke.static test.Out.printInt(int)void v13
                v14 = newarray int v7
                v15 = const int 3
                astore int v14, v15, v7
                v16 = invoke.special java.lang.Object.clone()java.lang.Object v14
                v17 = checkcast int[] v16
                astore int v14, v15, v15
                v18 = aload int v17, v15
                invoke.static test.Out.printInt(int)void v18
                v19 = arraylength v17
                invoke.static test.Out.printInt(int)void v19
                if eq v6, v1 then b1 else b2
              b1:
                v20 = const string "same!"
                invoke.static test.Out.println(java.lang.String)void v20
                return
              b2:
                return
              }
            }
            """);
        assertEquals("7As\ntest.Pair\n188<finish>\n", out);
    }

    /**
     * A stand-in intern pool whose class initializer sets the count to 1000 and whose intern counts its calls
     * and remembers the first string it got; main prints the count, whether a literal is that first string
     * (the global holds what intern returned) and a literal.
     */
    private static final String COUNTING_POOL = """
        class dev.kiln.runtime.InternPool extends java.lang.Object [public final] {
          field static int count
          field static java.lang.String first

          method static <clinit>()void () {
          b0:
            v0 = const int 1000
            putstatic dev.kiln.runtime.InternPool.count:int v0
            return
          }

          method public static intern(java.lang.String)java.lang.String (v0: java.lang.String) {
          b0:
            initclass dev.kiln.runtime.InternPool
            v1 = getstatic dev.kiln.runtime.InternPool.count:int
            v2 = const int 1
            v3 = add int v1, v2
            putstatic dev.kiln.runtime.InternPool.count:int v3
            v4 = const int 1001
            if eq v3, v4 then b1 else b2
          b1:
            putstatic dev.kiln.runtime.InternPool.first:java.lang.String v0
            goto b2
          b2:
            return v0
          }
        }

        class test.Main extends java.lang.Object [public] {
          method public static main(java.lang.String[])void (v0: java.lang.String[]) {
          b0:
            initclass dev.kiln.runtime.InternPool
            v1 = getstatic dev.kiln.runtime.InternPool.count:int
            invoke.static test.Out.printInt(int)void v1
            v2 = getstatic dev.kiln.runtime.InternPool.first:java.lang.String
            invoke.static test.Out.println(java.lang.String)void v2
            v3 = const string "literal"
            invoke.static test.Out.println(java.lang.String)void v3
            return
          }
        }
        """;

    @Test
    void literalsGoThroughTheInternPoolAtStartWhenTheProgramHasOne() {
        dev.kiln.wasm.model.Module module = Programs.compile(COUNTING_POOL);
        long literals = module.globals().stream().filter(g -> g.name().startsWith("string#")).count();
        String out = Programs.run(module);
        assertEquals(true, literals >= 3, "literals " + literals);
        assertEquals(true, out.startsWith((1000 + literals) + ""), out);
        assertEquals(true, out.endsWith("literal\n<finish>\n"), out);
    }

    @Test
    void literalsAreNotInternedWithoutAPool() {
        dev.kiln.wasm.model.Module module = Programs.compile(SHAPES + """
            class test.Main extends java.lang.Object [public] {
              method public static main(java.lang.String[])void (v0: java.lang.String[]) {
              b0:
                v1 = const string "literal"
                invoke.static test.Out.println(java.lang.String)void v1
                return
              }
            }
            """);
        assertEquals(false, module.functions().stream().anyMatch(f -> f.name().contains("InternPool")));
        assertEquals("literal\n<finish>\n", Programs.run(module));
    }
}
