package dev.kiln.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.compiler.engine.ChicoryEngine;
import dev.kiln.compiler.engine.RunResult;
import dev.kiln.ir.CompileError;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several main classes make a multi-call module (docs/RUNTIME-CONTRACT.md, "Several programs in one module"): the
 * name a run starts it under (argv[0], which the engines set to the module's file name) picks the program, which
 * then behaves exactly as in a module of its own; any other name is an error with status 2 before any program runs.
 */
class MultiCallModuleTest {
    private static final Path CLASSES = Path.of("target/test-classes");
    private static final String FIXTURES = "dev.kiln.compiler.fixtures.";
    private static final List<String> MAINS = List.of(FIXTURES + "Sinks", FIXTURES + "EchoesArguments", FIXTURES + "FailsAfterInit");

    @Test
    void theNameARunStartsUnderPicksTheProgram(@TempDir Path dir) throws Exception {
        CompileResult multi = Kiln.compile(new CompileOptions(List.of(CLASSES), MAINS, false, true, true, null, null));
        assertTrue(multi.irDump().startsWith("program entry " + FIXTURES + "Sinks.main(java.lang.String[])void entry "
                + FIXTURES + "EchoesArguments.main(java.lang.String[])void entry " + FIXTURES + "FailsAfterInit.main"),
                multi.irDump().lines().findFirst().orElse(""));
        assertTrue(multi.irDump().contains("program(java.lang.String)int"), "Startup.program chooses");
        Path module = dir.resolve("module.wasm");
        Files.write(module, multi.wasm());

        RunResult sinks = run(link(module, "Sinks"), List.of());
        assertEquals(0, sinks.exitCode(), text(sinks.stderr()));
        assertEquals("to the console\nRecorder\n", text(sinks.stdout()));

        // By binary name too; argv[0] is never an argument.
        RunResult echoed = run(link(module, FIXTURES + "EchoesArguments"), List.of("one", "two"));
        assertEquals(0, echoed.exitCode(), text(echoed.stderr()));
        assertEquals("one\ntwo\n", text(echoed.stdout()));

        // The chosen program's class is initialised, an escaping exception is reported with that program's frames only,
        // exactly as when it is compiled alone.
        Path aloneModule = dir.resolve("alone.wasm");
        Files.write(aloneModule, Kiln.compile(new CompileOptions(List.of(CLASSES), FIXTURES + "FailsAfterInit", false, false, true)).wasm());
        RunResult alone = run(aloneModule, List.of("x"));
        RunResult fails = run(link(module, "FailsAfterInit"), List.of("x"));
        assertEquals(1, alone.exitCode());
        assertEquals("FailsAfterInit initialised\nargs: 1\n", text(alone.stdout()));
        assertTrue(text(alone.stderr()).startsWith("Exception in thread \"main\" java.lang.IllegalStateException: wants 3 arguments, got 1\n"
                + "\tat " + FIXTURES + "FailsAfterInit.check(FailsAfterInit.java:"), text(alone.stderr()));
        assertEquals(alone.exitCode(), fails.exitCode());
        assertEquals(text(alone.stdout()), text(fails.stdout()));
        assertEquals(text(alone.stderr()), text(fails.stderr()));
    }

    @Test
    void anyOtherNameIsAnErrorBeforeAnyProgramRuns(@TempDir Path dir) throws Exception {
        Path module = dir.resolve("module.wasm");
        Files.write(module, Kiln.compile(new CompileOptions(List.of(CLASSES), MAINS, false, false, true, null, null)).wasm());
        RunResult r = run(module, List.of("Sinks"));
        assertEquals(2, r.exitCode());
        assertEquals("", text(r.stdout()), "no class of a program was initialised");
        assertEquals("This module holds several programs, and the name it was started under (\"module\") picks none of them."
                + " Start it under one of: " + String.join(", ", MAINS) + " (a main class's binary name, or its simple name"
                + " where that is unique).\n", text(r.stderr()));
    }

    /** Two main classes with one simple name: each is picked by its binary name, the shared simple name picks neither. */
    @Test
    void aSharedSimpleNamePicksNeither(@TempDir Path dir) throws Exception {
        String twin = FIXTURES + "twin.EchoesArguments";
        Path module = dir.resolve("module.wasm");
        Files.write(module, Kiln.compile(new CompileOptions(List.of(CLASSES), List.of(FIXTURES + "EchoesArguments", twin),
                false, false, true, null, null)).wasm());
        RunResult echoed = run(link(module, FIXTURES + "EchoesArguments"), List.of("a"));
        assertEquals("a\n", text(echoed.stdout()), text(echoed.stderr()));
        RunResult twinRun = run(link(module, twin), List.of("a"));
        assertEquals("twin: 1\n", text(twinRun.stdout()), text(twinRun.stderr()));
        RunResult neither = run(link(module, "EchoesArguments"), List.of("a"));
        assertEquals(2, neither.exitCode());
        assertEquals("", text(neither.stdout()));
        assertTrue(text(neither.stderr()).startsWith("This module holds several programs, and the name it was started under"
                + " (\"EchoesArguments\") picks none of them alone."), text(neither.stderr()));
    }

    @Test
    void aMainClassNamedTwiceIsACompileError() {
        CompileError e = assertThrows(CompileError.class, () -> Kiln.compile(new CompileOptions(List.of(CLASSES),
                List.of(FIXTURES + "Sinks", FIXTURES + "Sinks"), false, false, true, null, null)));
        assertEquals("main class " + FIXTURES + "Sinks is named twice", e.diagnostics().get(0).message());
    }

    @Test
    void aModuleWithOneMainHasNoChoice() {
        CompileResult one = Kiln.compile(new CompileOptions(List.of(CLASSES), FIXTURES + "Sinks", false, true, true));
        assertFalse(one.irDump().contains("program(java.lang.String)int"));
    }

    private static Path link(Path module, String name) throws Exception {
        return Files.createLink(module.resolveSibling(name + ".wasm"), module);
    }

    private static RunResult run(Path wasm, List<String> args) throws Exception {
        return new ChicoryEngine().run(wasm, args, new byte[0], Duration.ofSeconds(60));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
