package dev.kiln.frontend.lift;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.ir.Function;
import dev.kiln.ir.text.IrParser;
import dev.kiln.ir.text.IrPrinter;
import dev.kiln.ir.verify.IrVerifier;
import org.junit.jupiter.api.Test;

/**
 * {@link PropertyReads} on {@code StaticProperty}'s initializer, written as IR: the fixtures of {@code LiftGoldenTest}
 * are compiled by javac, which cannot name {@code jdk.internal.util} (not exported, and {@code --release} forbids
 * {@code --add-exports}).
 */
class PropertyReadsTest {
    private static final String HELPER = "jdk.internal.util.StaticProperty.getProperty(java.util.Properties,java.lang.String)java.lang.String";
    private static final String HELPER_OR_DEFAULT =
            "jdk.internal.util.StaticProperty.getProperty(java.util.Properties,java.lang.String,java.lang.String)java.lang.String";

    @Test
    void theObjectOnlyStaticPropertysHelpersReadIsNotMade() {
        Function fn = IrParser.parseFunction("""
                function static jdk.internal.util.StaticProperty.<clinit>()void () {
                b0:
                  v0 = invoke.static java.lang.System.getProperties()java.util.Properties
                  v1 = const string "java.home"
                  v2 = invoke.static %s v0, v1
                  v3 = const string "user.region"
                  v4 = const string ""
                  v5 = invoke.static %s v0, v3, v4
                  return
                }
                """.formatted(HELPER, HELPER_OR_DEFAULT));
        PropertyReads.rewrite(fn);
        assertEquals("""
                function static jdk.internal.util.StaticProperty.<clinit>()void () {
                b0:
                  v1 = const string "java.home"
                  v6 = const null
                  v2 = invoke.static %s v6, v1
                  v3 = const string "user.region"
                  v4 = const string ""
                  v7 = const null
                  v5 = invoke.static %s v7, v3, v4
                  return
                }
                """.formatted(HELPER, HELPER_OR_DEFAULT), IrPrinter.print(fn));
        assertEquals(true, IrVerifier.verify(fn).isValid(), () -> IrVerifier.verify(fn).render());
    }

    @Test
    void aComputedKeyOrAnyOtherUseKeepsTheObject() {
        String computedKey = """
                function static t.C.read(java.lang.String)java.lang.String (v0: java.lang.String) {
                b0:
                  v1 = invoke.static java.lang.System.getProperties()java.util.Properties
                  v2 = invoke.static %s v1, v0
                  return v2
                }
                """.formatted(HELPER);
        Function fn = IrParser.parseFunction(computedKey);
        PropertyReads.rewrite(fn);
        assertEquals(computedKey, IrPrinter.print(fn));
        String otherCall = """
                function static t.C.read()java.lang.String () {
                b0:
                  v1 = invoke.static java.lang.System.getProperties()java.util.Properties
                  v2 = const string "java.home"
                  v3 = invoke.static t.C.getProperty(java.util.Properties,java.lang.String)java.lang.String v1, v2
                  return v3
                }
                """;
        fn = IrParser.parseFunction(otherCall);
        PropertyReads.rewrite(fn);
        assertEquals(otherCall, IrPrinter.print(fn));
    }
}
