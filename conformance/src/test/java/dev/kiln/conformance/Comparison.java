package dev.kiln.conformance;

import dev.kiln.compiler.engine.RunResult;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Compares an engine's run with the JVM's, byte for byte, and explains a difference for a human. */
final class Comparison {
    private static final int DIFF_LINES = 40;

    private Comparison() {}

    /** Null if stdout, stderr and exit status are identical; otherwise what differs, with diffs. */
    static String differences(RunResult jvm, RunResult engine, String engineName) {
        boolean sameOut = Arrays.equals(jvm.stdout(), engine.stdout());
        boolean sameErr = Arrays.equals(jvm.stderr(), engine.stderr());
        boolean sameExit = jvm.exitCode() == engine.exitCode();
        if (sameOut && sameErr && sameExit) return null;
        StringBuilder sb = new StringBuilder();
        if (sameExit) {
            sb.append("exit status ").append(jvm.exitCode()).append(" as on the JVM\n");
        } else {
            sb.append("exit status: JVM ").append(jvm.exitCode()).append(", ").append(engineName).append(' ')
                    .append(engine.exitCode()).append('\n');
        }
        stream(sb, "stdout", jvm.stdout(), engine.stdout(), engineName);
        stream(sb, "stderr", jvm.stderr(), engine.stderr(), engineName);
        return sb.toString();
    }

    private static void stream(StringBuilder sb, String name, byte[] expected, byte[] actual, String engineName) {
        if (Arrays.equals(expected, actual)) {
            sb.append(name).append(" identical (").append(expected.length).append(" bytes)\n");
            return;
        }
        String e = new String(expected, StandardCharsets.UTF_8);
        String a = new String(actual, StandardCharsets.UTF_8);
        if (e.equals(a)) {
            sb.append(name).append(" differs only in bytes that are not valid UTF-8 (").append(expected.length).append(" vs ")
                    .append(actual.length).append(" bytes)\n");
            return;
        }
        sb.append(name).append(" differs from line ").append(UnifiedDiff.firstDifferentLine(e, a)).append(" (")
                .append(expected.length).append(" bytes on the JVM, ").append(actual.length).append(" on ").append(engineName)
                .append("):\n");
        sb.append(UnifiedDiff.diff(e, a, name + " (jvm)", name + " (" + engineName + ")", DIFF_LINES).indent(4));
    }
}
