package dev.kiln.opt;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.IrProgram;
import dev.kiln.ir.MethodRef;
import dev.kiln.ir.text.IrParser;
import dev.kiln.ir.text.IrPrinter;
import dev.kiln.ir.verify.IrVerifier;
import dev.kiln.ir.verify.VerifierResult;
import dev.kiln.opt.flow.FlowRoots;
import dev.kiln.opt.flow.TypeFlowPruning;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests for {@link TypeFlowPruning}: {@code src/test/programs/type-flow/<case>.ir} holds a whole program
 * (as the frontend leaves it) and the {@code ; check:} lines ({@link Checks}) its printed form must satisfy after
 * the pruning. Every remaining body must verify. The roots are the entry point, plus the methods named
 * {@code hook} of a class {@code t.Hooks} if the program has one (standing for the runtime hooks the backend calls).
 */
class TypeFlowGoldenTest {
    private static final Path DIR = Path.of("src/test/programs/type-flow");

    @TestFactory
    Stream<DynamicTest> cases() {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> sorted = files.filter(p -> p.toString().endsWith(".ir")).sorted().toList();
            assertFalse(sorted.isEmpty());
            return sorted.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> run(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(Path file) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        Checks checks = new Checks(source);
        assertFalse(checks.isEmpty(), file + " has no '; check:' lines");
        IrProgram program = IrParser.parseProgram(source);
        IrClass hooks = program.clazz("t.Hooks");
        List<MethodRef> roots = hooks == null ? List.of()
                : hooks.methods().stream().filter(m -> m.name().equals("hook")).map(IrMethod::ref).toList();
        TypeFlowPruning.run(program, new FlowRoots(roots, List.of(), null, null));
        for (IrClass c : program.classes()) {
            for (IrMethod m : c.methods()) {
                if (m.body() == null) continue;
                VerifierResult r = IrVerifier.verify(m.body(), program);
                assertTrue(r.isValid(), () -> m + " does not verify after the pruning:\n" + r.render());
            }
        }
        String output = IrPrinter.print(program);
        assertNull(checks.mismatch(output), () -> file.getFileName() + ": " + checks.mismatch(output) + "\nafter the pruning:\n" + output);
    }
}
