package dev.kiln.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * JLS 12.4 class initialisation: once, superclass first, recursive requests return at once; superinterfaces
 * marked {@code initialized_with_implementors} in JVMS 5.5 order; failures through the stand-in
 * {@code java.lang.ClassInitFailures} of the test runtime, which reports each hook call.
 */
class ClassInitTest {
    /** main: uses {@code test.Main.use()} twice, each time catching and printing what escapes. */
    private static final String MAIN_USING_TWICE = """
            class test.Main extends java.lang.Object [public] {
              method public static main(java.lang.String[])void (v0: java.lang.String[]) {
              b0:
                invoke.static test.Main.attempt()void
                invoke.static test.Main.attempt()void
                return
              }

              method static attempt()void () {
              b0:
                goto b1
              b1:
                catch java.lang.Exception -> b3
                invoke.static test.Main.use()void
                goto b2
              b2:
                v0 = const string "used"
                invoke.static test.Out.println(java.lang.String)void v0
                return
              b3:
                v1 = caught java.lang.Exception
                v2 = const string "caught "
                invoke.static test.Out.print(java.lang.String)void v2
                v3 = invoke.virtual java.lang.Throwable.getMessage()java.lang.String v1
                invoke.static test.Out.println(java.lang.String)void v3
                return
              }
            """;

    /** A class whose {@code <clinit>} prints and then throws a RuntimeException "boom". */
    private static final String FAILING = """
            class test.Failing extends java.lang.Object [public] {
              field static int x

              method static <clinit>()void () {
              b0:
                v0 = const string "Failing init"
                invoke.static test.Out.println(java.lang.String)void v0
                v1 = new java.lang.RuntimeException
                v2 = const string "boom"
                invoke.special java.lang.RuntimeException.<init>(java.lang.String)void v1, v2
                throw v1
              }
            }
            """;

    @Test
    void aFailedInitializerIsReportedOnceThenTheClassIsErroneous() {
        String out = Programs.run(FAILING + MAIN_USING_TWICE + """
              method static use()void () {
              b0:
                initclass test.Failing
                v0 = getstatic test.Failing.x:int
                return
              }
            }
            """);
        assertEquals("""
                Failing init
                [recordFailure] boom
                [initializerFailed] boom
                caught initializer failed
                [couldNotInitialize] test.Failing, recorded boom
                caught could not initialize
                <finish>
                """, out);
    }

    @Test
    void aSubclassOfAFailedClassRecordsAndRethrowsTheSuperclassFailureUnchanged() {
        String out = Programs.run(FAILING + """
            class test.Sub extends test.Failing [public] {
              field static int y

              method static <clinit>()void () {
              b0:
                v0 = const string "Sub init"
                invoke.static test.Out.println(java.lang.String)void v0
                return
              }
            }
            """ + MAIN_USING_TWICE + """
              method static use()void () {
              b0:
                initclass test.Sub
                v0 = getstatic test.Sub.y:int
                return
              }
            }
            """);
        assertEquals("""
                Failing init
                [recordFailure] boom
                [initializerFailed] boom
                [recordFailure] initializer failed
                caught initializer failed
                [couldNotInitialize] test.Sub, recorded initializer failed
                caught could not initialize
                <finish>
                """, out);
    }

    @Test
    void superinterfacesInitialisedWithImplementorsRunInJvmsOrderAfterTheSuperclass() {
        String out = Programs.run(printingInitializer("test.Top", true, "") + printingInitializer("test.Left", true, "test.Top")
                + printingInitializer("test.Plain", false, "") + printingInitializer("test.Right", true, "")
                + """
            class test.Base extends java.lang.Object [public] {
              method static <clinit>()void () {
              b0:
                v0 = const string "test.Base"
                invoke.static test.Out.println(java.lang.String)void v0
                return
              }
            }

            class test.Impl extends test.Base implements test.Left, test.Plain, test.Right [public] {
            }

            class test.Main extends java.lang.Object [public] {
              method public static main(java.lang.String[])void (v0: java.lang.String[]) {
              b0:
                initclass test.Impl
                initclass test.Right
                v1 = const string "end"
                invoke.static test.Out.println(java.lang.String)void v1
                return
              }
            }
            """);
        assertEquals("test.Base\ntest.Top\ntest.Left\ntest.Right\nend\n<finish>\n", out);
    }

    /** An interface (extending {@code sup} if not empty) whose {@code <clinit>} prints its name. */
    private static String printingInitializer(String name, boolean withImplementors, String sup) {
        return "class " + name + " extends java.lang.Object" + (sup.isEmpty() ? "" : " implements " + sup)
                + " [public interface abstract] {\n"
                + (withImplementors ? "  initialized_with_implementors\n" : "")
                + "  method static <clinit>()void () {\n  b0:\n    v0 = const string \"" + name + "\"\n"
                + "    invoke.static test.Out.println(java.lang.String)void v0\n    return\n  }\n}\n\n";
    }

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
