package dev.kiln.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.binaryen.Binaryen;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CLI's contract: help with examples, one-line errors, exit statuses. */
class KilnCliTest {
    /** Maven's test output folder: the fixtures' class path. */
    private static final String TEST_CLASSES = "target/test-classes";

    private record Outcome(int status, String out, String err) {
    }

    private static Outcome run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        InputStream oldIn = System.in;
        System.setIn(new ByteArrayInputStream(new byte[0]));
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int status = KilnCli.execute(args);
            return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
        }
    }

    @Test
    void helpListsCommandsAndExamples() {
        Outcome o = run("--help");
        assertEquals(0, o.status());
        assertTrue(o.out().contains("compile") && o.out().contains("run"), o.out());
        assertTrue(o.out().contains("Examples:"), o.out());
    }

    @Test
    void eachCommandHasHelpWithExamples() {
        for (String cmd : new String[] {"compile", "run"}) {
            Outcome o = run(cmd, "--help");
            assertEquals(0, o.status(), cmd);
            assertTrue(o.out().contains("Examples:"), o.out());
        }
    }

    @Test
    void missingInputIsOneLineAndStatus2() {
        Outcome o = run("compile", "-o", "target/never.wasm", "does/not/exist");
        assertEquals(2, o.status());
        assertEquals("error: no such file or directory: does/not/exist", o.err().strip());
    }

    @Test
    void unknownEngineIsOneLineAndStatus2() {
        Outcome o = run("run", "--engine", "quickjs", "app.wasm");
        assertEquals(2, o.status());
        assertEquals("error: unknown engine 'quickjs': expected one of chicory, node, wasmtime", o.err().strip());
    }

    @Test
    void compileWritesModuleWatAndIr(@TempDir Path dir) throws Exception {
        Path wasm = dir.resolve("greeter.wasm");
        Outcome o = run("compile", "--main", "dev.kiln.cli.fixtures.Greeter", "--emit-wat", "--dump-ir", "--verify-ir", "-o", wasm.toString(),
                TEST_CLASSES);
        assertEquals(0, o.status(), o.err());
        byte[] bytes = Files.readAllBytes(wasm);
        assertEquals(0x6d736100, ByteBuffer.wrap(bytes, 0, 4).order(ByteOrder.LITTLE_ENDIAN).getInt(), "wasm magic");
        assertTrue(Files.readString(dir.resolve("greeter.wat")).contains(";;; static dev.kiln.cli.fixtures.Greeter.main"));
        assertTrue(Files.readString(dir.resolve("greeter.ir")).contains("program entry dev.kiln.cli.fixtures.Greeter.main(java.lang.String[])void"));
    }

    /** {@code --why} prints a chain of first reachers from the method back to where the compiler started. */
    @Test
    void whyPrintsTheChainThatReachedAMethod(@TempDir Path dir) {
        Path wasm = dir.resolve("greeter.wasm");
        Outcome o = run("compile", "--main", "dev.kiln.cli.fixtures.Greeter", "--why", "java.lang.System.exit",
                "--why", "dev.kiln.runtime.Startup.finish", "--why", "no.such.Class", "-o", wasm.toString(), TEST_CLASSES);
        assertEquals(0, o.status(), o.err());
        assertEquals("kiln: why java.lang.System.exit(int)void:\n"
                + "  reached from dev.kiln.cli.fixtures.Greeter.main(java.lang.String[])void\n"
                + "kiln: why dev.kiln.runtime.Startup.finish()void: the type flow starts there (an entry point, a hook, a static"
                + " initializer _start runs)\n"
                + "kiln: --why no.such.Class: the module has no method whose name starts so\n", o.err());
    }

    /**
     * A failed check's factory is explained from the method whose check can fail, and the uncaught-exception hook by
     * the exceptions that may escape main.
     */
    @Test
    void whyExplainsTheFailureHooks(@TempDir Path dir) {
        Path wasm = dir.resolve("divides.wasm");
        Outcome o = run("compile", "--main", "dev.kiln.cli.fixtures.Divides", "--why", "dev.kiln.runtime.Exceptions.divisionByZero",
                "--why", "dev.kiln.runtime.Startup.uncaught", "-o", wasm.toString(), TEST_CLASSES);
        assertEquals(0, o.status(), o.err());
        assertTrue(o.err().startsWith("kiln: why dev.kiln.runtime.Exceptions.divisionByZero()java.lang.ArithmeticException:\n"
                + "  reached from dev.kiln.cli.fixtures.Divides.main(java.lang.String[])void\n"), o.err());
        assertTrue(o.err().contains("kiln: why dev.kiln.runtime.Startup.uncaught(java.lang.Throwable)void: the type flow starts there"
                + " (an entry point, a hook, a static initializer _start runs)\n  which runs when one of these may escape main: "
                + "java.lang.ArithmeticException, "), o.err());
    }

    @Test
    void verboseCompilePrintsEachPhaseTime(@TempDir Path dir) {
        Path wasm = dir.resolve("greeter.wasm");
        Outcome quiet = run("compile", "--main", "dev.kiln.cli.fixtures.Greeter", "-o", wasm.toString(), TEST_CLASSES);
        assertEquals("", quiet.err(), "without --verbose nothing is printed");
        Outcome o = run("compile", "--verbose", "--main", "dev.kiln.cli.fixtures.Greeter", "--emit-wat", "-o", wasm.toString(), TEST_CLASSES);
        assertEquals(0, o.status(), o.err());
        String[] lines = o.err().strip().split("\\R");
        String[] phases = {"frontend", "passes", "type flow", "passes after type flow", "backend", "binary", "wat"};
        assertEquals(phases.length + 1, lines.length, o.err());
        for (int i = 0; i < phases.length; i++) {
            assertTrue(lines[i].matches("kiln: " + phases[i] + " \\d+ ms"), lines[i]);
        }
        assertTrue(lines[phases.length].matches("kiln: total \\d+ ms, \\d+ bytes written to .*greeter\\.wasm"), lines[phases.length]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"chicory", "node", "wasmtime"})
    void runPassesOutputArgumentsAndExitStatusThroughOnEveryEngine(String engine) {
        Outcome o = run("run", "--engine", engine, "--main", "dev.kiln.cli.fixtures.Greeter", TEST_CLASSES, "--", "one", "--two");
        assertEquals(2, o.status(), o.err());
        assertEquals("greetings: 2\none\n--two\n", o.out());
        assertEquals("to stderr\n", o.err());
    }

    /**
     * {@code -Oz}: with Binaryen (tools/binaryen/build.sh run on this machine) a smaller module that runs the same;
     * without it one warning line and the unoptimised module.
     */
    @Test
    void binaryenOptimisesOrWarnsOnce(@TempDir Path dir) throws IOException {
        Path plain = dir.resolve("plain.wasm");
        Path optimised = dir.resolve("optimised.wasm");
        assertEquals(0, run("compile", "--main", "dev.kiln.cli.fixtures.Greeter", "-o", plain.toString(), TEST_CLASSES).status());
        Outcome o = run("compile", "-Oz", "--main", "dev.kiln.cli.fixtures.Greeter", "-o", optimised.toString(), TEST_CLASSES);
        assertEquals(0, o.status(), o.err());
        if (Binaryen.load() != null) {
            assertEquals("", o.err());
            assertTrue(Files.size(optimised) < Files.size(plain), Files.size(optimised) + " >= " + Files.size(plain));
            Outcome ran = run("run", "--engine", "chicory", optimised.toString(), "--", "a");
            assertEquals(1, ran.status(), ran.err());
            assertEquals("greetings: 1\na\n", ran.out());
        } else {
            assertTrue(o.err().startsWith("kiln: warning: Binaryen is not available ("), o.err());
            assertEquals(1, o.err().strip().lines().count(), o.err());
            // -Oz still holds Kiln's own inliner back, so the module may only be smaller.
            assertTrue(Files.size(optimised) <= Files.size(plain), Files.size(optimised) + " > " + Files.size(plain));
            Outcome ran = run("run", "--engine", "chicory", optimised.toString(), "--", "a");
            assertEquals("greetings: 1\na\n", ran.out(), ran.err());
        }
        Outcome bad = run("compile", "-Ox", "--main", "dev.kiln.cli.fixtures.Greeter", "-o", optimised.toString(), TEST_CLASSES);
        assertEquals(2, bad.status());
        assertTrue(bad.err().startsWith("-O: expected 0 to 4, s or z, not 'x'"), bad.err());
    }

    /** {@code --release} is Binaryen's {@code -O2} unless {@code -O} says otherwise; {@code --no-binaryen} overrides both. */
    @Test
    void releaseMeansO2AndNoBinaryenSkipsIt(@TempDir Path dir) throws IOException {
        Path plain = dir.resolve("plain.wasm");
        Path o2 = dir.resolve("o2.wasm");
        Path release = dir.resolve("release.wasm");
        Path skipped = dir.resolve("skipped.wasm");
        assertEquals(0, run("compile", "--main", "dev.kiln.cli.fixtures.Greeter", "-o", plain.toString(), TEST_CLASSES).status());
        assertEquals(0, run("compile", "-O2", "--main", "dev.kiln.cli.fixtures.Greeter", "-o", o2.toString(), TEST_CLASSES).status());
        Outcome r = run("compile", "--release", "--main", "dev.kiln.cli.fixtures.Greeter", "-o", release.toString(), TEST_CLASSES);
        assertEquals(0, r.status(), r.err());
        Outcome s = run("compile", "--release", "-Oz", "--no-binaryen", "--main", "dev.kiln.cli.fixtures.Greeter", "-o",
                skipped.toString(), TEST_CLASSES);
        assertEquals(0, s.status(), s.err());
        assertEquals("", s.err(), "--no-binaryen: no Binaryen, so no warning about it either");
        assertArrayEquals(Files.readAllBytes(plain), Files.readAllBytes(skipped));
        assertArrayEquals(Files.readAllBytes(o2), Files.readAllBytes(release));
        if (Binaryen.load() != null) {
            assertTrue(Files.size(release) < Files.size(plain), Files.size(release) + " >= " + Files.size(plain));
        } else {
            assertTrue(r.err().startsWith("kiln: warning: Binaryen is not available ("), r.err());
        }
    }

    @Test
    void runCompilesAgainstTheClassLibraryOfAnotherJdk() {
        Outcome o = run("run", "--jdk", "/usr/lib/jvm/temurin-25-jdk-amd64", "--main", "dev.kiln.cli.fixtures.Greeter", TEST_CLASSES,
                "--", "x");
        assertEquals(1, o.status(), o.err());
        assertEquals("greetings: 1\nx\n", o.out());
        assertEquals("to stderr\n", o.err());
    }

    @Test
    void aJdkThatIsNotOneIsOneLineAndStatus2(@TempDir Path dir) {
        Outcome o = run("compile", "--jdk", dir.toString(), "-o", dir.resolve("x.wasm").toString(), TEST_CLASSES);
        assertEquals(2, o.status());
        assertEquals("error: --jdk " + dir + " is not a JDK home (it needs release and lib/jrt-fs.jar; JDK 9 or later)", o.err().strip());
    }

    @Test
    void compileErrorIsOneLinePerProblemAndStatus2(@TempDir Path dir) {
        Outcome o = run("compile", "--main", "dev.kiln.cli.fixtures.UsesNative", "-o", dir.resolve("x.wasm").toString(),
                TEST_CLASSES);
        assertEquals(2, o.status());
        assertEquals(1, o.err().strip().lines().count(), o.err());
        assertTrue(o.err().startsWith("UsesNative.java:"), o.err());
        assertTrue(o.err().contains("error: native method dev.kiln.cli.fixtures.UsesNative.answer()int has neither @Import nor @Intrinsic"), o.err());
        assertTrue(o.err().contains("dev.kiln.cli.fixtures.UsesNative.main(java.lang.String[])void, bytecode offset"), o.err());
    }

    @Test
    void reflectionIsOneLineAtTheCall(@TempDir Path dir) {
        Outcome o = run("compile", "--main", "dev.kiln.cli.fixtures.UsesReflection", "-o", dir.resolve("x.wasm").toString(),
                TEST_CLASSES);
        assertEquals(2, o.status());
        assertEquals(1, o.err().strip().lines().count(), o.err());
        assertTrue(o.err().startsWith("UsesReflection.java:7: error: reflection is not supported: "
                + "java.lang.Class.getDeclaredFields() needs run-time metadata"), o.err());
        assertTrue(o.err().contains("[dev.kiln.cli.fixtures.UsesReflection.main(java.lang.String[])void, bytecode offset 16]"), o.err());
    }

    @Test
    void usageErrorIsStatus2() {
        Outcome o = run("compile");
        assertEquals(2, o.status());
        assertTrue(o.err().contains("Missing required"), o.err());
    }
}
