package dev.kiln.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** JLS 12.4 class initialisation: once, superclass first, recursive requests return at once. */
class ClassInitTest {
    @Test
    void initialisesOnceSuperclassFirstAndToleratesRecursion() {
        String out = Programs.run("""
            class test.A extends java.lang.Object [public] {
              field static int x

              method static <clinit>()void () {
              b0:
                v0 = const string "A init"
                invoke.static test.Out.println(java.lang.String)void v0
                v1 = const int 1
                putstatic test.A.x:int v1
                return
              }
            }

            class test.B extends test.A [public] {
              field static int y

              method static <clinit>()void () {
              b0:
                v0 = const string "B init"
                invoke.static test.Out.println(java.lang.String)void v0
                v1 = invoke.static test.B.compute()int
                putstatic test.B.y:int v1
                return
              }

              method static compute()int () {
              b0:
                initclass test.B
                v0 = getstatic test.A.x:int
                v1 = getstatic test.B.y:int
                v2 = const int 10
                v3 = add int v0, v2
                v4 = add int v3, v1
                return v4
              }
            }

            class test.Main extends java.lang.Object [public] {
              method public static main(java.lang.String[])void (v0: java.lang.String[]) {
              b0:
                v1 = const string "start"
                invoke.static test.Out.println(java.lang.String)void v1
                initclass test.B
                v2 = getstatic test.B.y:int
                invoke.static test.Out.printInt(int)void v2
                initclass test.B
                initclass test.A
                v3 = getstatic test.A.x:int
                invoke.static test.Out.printInt(int)void v3
                return
              }
            }
            """);
        assertEquals("start\nA init\nB init\n111<finish>\n", out);
    }

    @Test
    void theMainClassIsInitialisedBeforeMain() {
        String out = Programs.run("""
            class test.Main extends java.lang.Object [public] {
              method static <clinit>()void () {
              b0:
                v0 = const string "clinit"
                invoke.static test.Out.println(java.lang.String)void v0
                return
              }

              method public static main(java.lang.String[])void (v0: java.lang.String[]) {
              b0:
                v1 = const string "main"
                invoke.static test.Out.println(java.lang.String)void v1
                return
              }
            }
            """);
        assertEquals("clinit\nmain\n<finish>\n", out);
    }
}
