package dev.kiln.compiler.engine;

import java.nio.charset.StandardCharsets;

/** What a program run produced: its stdout and stderr bytes and its exit status. */
public record RunResult(byte[] stdout, byte[] stderr, int exitCode) {
    public String stdoutText() { return new String(stdout, StandardCharsets.UTF_8); }
    public String stderrText() { return new String(stderr, StandardCharsets.UTF_8); }
}
