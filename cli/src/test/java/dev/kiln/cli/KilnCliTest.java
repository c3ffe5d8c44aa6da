package dev.kiln.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The CLI's contract: help with examples, one-line errors, exit statuses. */
class KilnCliTest {
    private record Outcome(int status, String out, String err) {
    }

    private static Outcome run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int status = KilnCli.execute(args);
            return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
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
    void usageErrorIsStatus2() {
        Outcome o = run("compile");
        assertEquals(2, o.status());
        assertTrue(o.err().contains("Missing required"), o.err());
    }
}
