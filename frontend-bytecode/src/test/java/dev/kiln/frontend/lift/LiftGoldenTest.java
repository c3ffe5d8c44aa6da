package dev.kiln.frontend.lift;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lifts every method of each fixture class (see the fixtures package) and compares the listing with
 * {@code src/test/resources/lift/<Class>.ir}; each function must also have the lifter's promised shape.
 */
class LiftGoldenTest {
    private static final String FIXTURES = "dev/kiln/frontend/lift/fixtures/";

    @ParameterizedTest
    @ValueSource(strings = {"Arithmetic", "Conversions", "Compares", "Loops", "Switches", "Concat", "StackOps",
            "Exceptions", "ArrayOps", "Members", "Constants", "InitPoints", "FieldHandles", "LiteralRegex", "PropertyReads", "ArrayCopies"})
    void liftsAsRecorded(String fixture) {
        ClassNodes classes = new ClassNodes();
        TestContext ctx = new TestContext(classes);
        Golden.check(fixture, LiftAssertions.listing(classes.find(FIXTURES + fixture), ctx));
    }
}
