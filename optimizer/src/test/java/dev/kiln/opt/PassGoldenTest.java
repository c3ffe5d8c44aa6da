package dev.kiln.opt;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kiln.ir.Function;
import dev.kiln.ir.IrProgram;
import dev.kiln.ir.text.IrParser;
import dev.kiln.ir.text.IrPrinter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests for passes: {@code src/test/resources/<pass-name>/<case>.ir} holds a function and the
 * {@code ; check:} lines (see {@link Checks}) its printed IR must satisfy after running that one pass,
 * with the verifier on before and after. A case may instead hold a whole program (a {@code program} line, as in the
 * type-flow tests), for passes that look beyond the function ({@link PassContext}): the pass then runs on every method
 * and the checks apply to the printed program. A directory whose name is not a pass in the standard pipeline fails, as
 * does a case without checks.
 */
class PassGoldenTest {
    private static final Path ROOT = Path.of("src/test/resources");

    @TestFactory
    Stream<DynamicNode> passes() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            List<Path> sorted = dirs.filter(Files::isDirectory).sorted().toList();
            return sorted.stream().map(dir -> DynamicContainer.dynamicContainer(dir.getFileName().toString(), cases(dir)));
        }
    }

    private static Stream<DynamicTest> cases(Path dir) {
        String pass = dir.getFileName().toString();
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> sorted = files.filter(p -> p.toString().endsWith(".ir")).sorted().toList();
            return sorted.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> run(pass, file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(String pass, Path file) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        Checks checks = new Checks(source);
        assertFalse(checks.isEmpty(), file + " has no '; check:' lines");
        PassManager manager = new PassManager(Pipeline.standard().only(pass)).withVerify(true);
        String output;
        if (source.lines().anyMatch(line -> line.startsWith("program"))) {
            IrProgram program = IrParser.parseProgram(source);
            manager.run(program);
            output = IrPrinter.print(program);
        } else {
            Function fn = IrParser.parseFunction(source);
            manager.run(new PassContext(new IrProgram(List.of())), fn);
            output = IrPrinter.print(fn);
        }
        assertNull(checks.mismatch(output), () -> pass + "/" + file.getFileName() + ": " + checks.mismatch(output)
                + "\nIR after the pass:\n" + numbered(output));
    }

    private static String numbered(String text) {
        StringBuilder sb = new StringBuilder();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) sb.append(String.format("%4d  %s%n", i + 1, lines[i]));
        return sb.toString();
    }
}
