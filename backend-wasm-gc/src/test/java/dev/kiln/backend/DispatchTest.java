package dev.kiln.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Dispatch corner cases: default methods and their maximally specific selection (JVMS 5.4.6), interfaces
 * sharing itable slots, methods of Object called through an interface, package-private methods that are
 * not overridden from another package (JVMS 5.4.5), and calls that devirtualise.
 */
class DispatchTest {
    @Test
    void defaultMethodsSelectTheMaximallySpecificImplementation() {
        String out = Programs.run("""
            class test.Named [public interface abstract] {
              method public name()java.lang.String (v0: test.Named) {
              b0:
                v1 = const string "named"
                return v1
              }
            }

            class test.Titled extends java.lang.Object implements test.Named [public interface abstract] {
              method public name()java.lang.String (v0: test.Titled) {
              b0:
                v1 = const string "titled"
                return v1
              }
            }

            class test.Plain extends java.lang.Object implements test.Named [public] {
              instantiated
              method public <init>()void (v0: test.Plain) {
              b0:
                invoke.special java.lang.Object.<init>()void v0
                return
              }
            }

            class test.Fancy extends java.lang.Object implements test.Titled, test.Named [public] {
              instantiated
              method public <init>()void (v0: test.Fancy) {
              b0:
                invoke.special java.lang.Object.<init>()void v0
                return
              }
            }

            class test.Main extends java.lang.Object [public] {
              method public static main(java.lang.String[])void (v0: java.lang.String[]) {
              b0:
                v1 = new test.Plain
                invoke.special test.Plain.<init>()void v1
                invoke.static test.Main.show(test.Named)void v1
                v2 = new test.Fancy
                invoke.special test.Fancy.<init>()void v2
                invoke.static test.Main.show(test.Named)void v2
                v3 = invoke.virtual test.Named.name()java.lang.String v2
                invoke.static test.Out.println(java.lang.String)void v3
                return
              }

              method static show(test.Named)void (v0: test.Named) {
              b0:
                v1 = invoke.interface test.Named.name()java.lang.String v0
                invoke.static test.Out.println(java.lang.String)void v1
                v2 = invoke.interface java.lang.Object.toString()java.lang.String v0
                invoke.static test.Out.println(java.lang.String)void v2
                return
              }
            }
            """);
        assertEquals("named\ntest.Plain\ntitled\ntest.Fancy\ntitled\n<finish>\n", out);
    }

    @Test
    void packagePrivateMethodsAreOnlyOverriddenFromTheirOwnPackage() {
        String out = Programs.run("""
            class a.Base extends java.lang.Object [public] {
              instantiated
              method public <init>()void (v0: a.Base) {
              b0:
                invoke.special java.lang.Object.<init>()void v0
                return
              }

              method who()java.lang.String (v0: a.Base) {
              b0:
                v1 = const string "a.Base"
                return v1
              }

              method public static call(a.Base)java.lang.String (v0: a.Base) {
              b0:
                v1 = invoke.virtual a.Base.who()java.lang.String v0
                return v1
              }
            }

            class b.Other extends a.Base [public] {
              instantiated
              method public <init>()void (v0: b.Other) {
              b0:
                invoke.special a.Base.<init>()void v0
                return
              }

              method who()java.lang.String (v0: b.Other) {
              b0:
                v1 = const string "b.Other"
                return v1
              }
            }

            class a.Same extends b.Other [public] {
              instantiated
              method public <init>()void (v0: a.Same) {
              b0:
                invoke.special b.Other.<init>()void v0
                return
              }

              method who()java.lang.String (v0: a.Same) {
              b0:
                v1 = const string "a.Same"
                return v1
              }
            }

            class test.Main extends java.lang.Object [public] {
              method public static main(java.lang.String[])void (v0: java.lang.String[]) {
              b0:
                v1 = new b.Other
                invoke.special b.Other.<init>()void v1
                v2 = invoke.static a.Base.call(a.Base)java.lang.String v1
                invoke.static test.Out.println(java.lang.String)void v2
                v3 = new a.Same
                invoke.special a.Same.<init>()void v3
                v4 = invoke.static a.Base.call(a.Base)java.lang.String v3
                invoke.static test.Out.println(java.lang.String)void v4
                v5 = invoke.virtual b.Other.who()java.lang.String v3
                invoke.static test.Out.println(java.lang.String)void v5
                return
              }
            }
            """);
        // a.Same.who overrides a.Base.who (same package) but not b.Other.who (package-private in b), so a
        // call resolved to b.Other.who selects b.Other's method even on an a.Same.
        assertEquals("a.Base\na.Same\nb.Other\n<finish>\n", out);
    }

    @Test
    void intrinsicNativesExpandToWasmInstructionsAndMemoryAccess() {
        String out = Programs.run("""
            class test.Main extends java.lang.Object [public] {
              method static native clz(int)int intrinsic "i32.clz"
              method static native sqrt(double)double intrinsic "f64.sqrt"
              method static native store(int,int)void intrinsic "i32.store16"
              method static native load(int)int intrinsic "i32.load8_s"
              method static native pages()int intrinsic "memory.size"

              method public static main(java.lang.String[])void (v0: java.lang.String[]) {
              b0:
                v1 = const int 256
                v2 = invoke.static test.Main.clz(int)int v1
                invoke.static test.Out.printInt(int)void v2
                v3 = const double 2.25
                v4 = invoke.static test.Main.sqrt(double)double v3
                invoke.static test.Out.printDouble(double)void v4
                v5 = const int 100
                v6 = const int 65408
                invoke.static test.Main.store(int,int)void v5, v6
                v7 = invoke.static test.Main.load(int)int v5
                invoke.static test.Out.printInt(int)void v7
                v8 = invoke.static test.Main.pages()int
                invoke.static test.Out.printInt(int)void v8
                return
              }
            }
            """);
        // memory.size: the scratch page and the shadow stack's nine (LinearMemory.INITIAL_PAGES).
        assertEquals("231.5-128" + LinearMemory.INITIAL_PAGES + "<finish>\n", out);
    }
}
