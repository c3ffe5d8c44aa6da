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
import dev.kiln.opt.flow.ExceptionSources;
import dev.kiln.opt.flow.FlowRoots;
import dev.kiln.opt.flow.TypeFlowPruning;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests for {@link TypeFlowPruning}: {@code src/test/programs/type-flow/<case>.ir} holds a whole program
 * (as the frontend leaves it) and the {@code ; check:} lines ({@link Checks}) its printed form must satisfy after
 * the pruning. Every remaining body must verify. The roots are the entry point, plus the methods of a class
 * {@code t.Hooks} if the program has one, standing for the runtime hooks the backend calls ({@link #roots}).
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

    /**
     * The roots a program's class {@code t.Hooks} declares, by method name: {@code hook} methods are called by the
     * generated code, {@code startup} methods around the entry point; the others stand for the runtime's exception
     * hooks ({@link ExceptionSources}): {@code uncaught}, {@code nullPointer}, {@code arrayIndex},
     * {@code divisionByZero}, {@code arrayStore}, {@code classCast}, {@code negativeArraySize}, {@code initFailure}
     * (any number) and {@code overflow}.
     */
    private static FlowRoots roots(IrProgram program) {
        IrClass hooks = program.clazz("t.Hooks");
        if (hooks == null) return new FlowRoots(List.of(), List.of(), List.of(), List.of(), null, null, ExceptionSources.NONE, List.of());
        Function<String, List<MethodRef>> named = name -> hooks.methods().stream()
                .filter(m -> m.name().equals(name)).map(IrMethod::ref).toList();
        Function<String, MethodRef> one = name -> named.apply(name).stream().findFirst().orElse(null);
        ExceptionSources sources = new ExceptionSources(one.apply("uncaught"), named.apply("nullPointer"), one.apply("arrayIndex"),
                one.apply("divisionByZero"), one.apply("arrayStore"), one.apply("classCast"), one.apply("negativeArraySize"),
                named.apply("initFailure"), one.apply("overflow"));
        return new FlowRoots(named.apply("hook"), named.apply("startup"), List.of(), List.of(), null, null, sources, List.of());
    }

    private static void run(Path file) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        Checks checks = new Checks(source);
        assertFalse(checks.isEmpty(), file + " has no '; check:' lines");
        IrProgram program = IrParser.parseProgram(source);
        TypeFlowPruning.run(program, roots(program));
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
