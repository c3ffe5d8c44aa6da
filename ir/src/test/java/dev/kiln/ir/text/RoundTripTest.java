package dev.kiln.ir.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.ir.testing.Golden;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Print → parse → print over the corpus in {@code roundtrip/}. Each file is also its own golden: the
 * printer must write it back exactly (after its comment header), so the corpus stays in the canonical
 * form the package documentation describes.
 */
class RoundTripTest {
    private static final String BLESS = "mvn -pl ir test -Dkiln.bless=true";

    @TestFactory
    Stream<DynamicTest> corpus() {
        return Golden.irFiles(Golden.resourceDir("ir", "roundtrip")).stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> roundTrip(file)));
    }

    private static void roundTrip(Path file) {
        String text = Golden.read(file);
        String printed = print(text);
        assertEquals(printed, print(printed), "print → parse → print changed the text");
        Golden.check(file, Golden.header(text) + printed, BLESS);
    }

    private static String print(String text) {
        return text.lines().anyMatch(l -> l.startsWith("program"))
                ? IrPrinter.print(IrParser.parseProgram(text))
                : IrPrinter.print(IrParser.parseFunction(text));
    }
}
