package dev.kiln.ir.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.ir.Function;
import dev.kiln.ir.testing.Golden;
import dev.kiln.ir.text.IrParser;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Diagnostics tested inline: each file in {@code verifier/} is a function with the expected
 * {@code ; error:} lines under the offending lines. The test parses it (the parser skips the comments),
 * verifies, renders, and compares with the file. Files named {@code valid-*} must have no errors at all,
 * so that blessing can never turn a false alarm into an expectation.
 */
class VerifierGoldenTest {
    private static final String BLESS = "mvn -pl ir test -Dkiln.bless=true";

    @TestFactory
    Stream<DynamicTest> goldens() {
        return Golden.irFiles(Golden.resourceDir("ir", "verifier")).stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    private static void check(Path file) {
        String text = Golden.read(file);
        Function f = IrParser.parseFunction(text);
        VerifierResult result = IrVerifier.verify(f);
        if (file.getFileName().toString().startsWith("valid-")) assertEquals(List.of(), result.errors());
        Golden.check(file, Golden.header(text) + result.render(), BLESS);
    }
}
