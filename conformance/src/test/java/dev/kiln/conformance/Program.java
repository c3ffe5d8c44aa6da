package dev.kiln.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import dev.kiln.conformance.bytecode.BytecodeGenerators;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One conformance program: {@code programs/<area>/<Name>.java}, declaring {@code package <area>;} and a public
 * class {@code <Name>} with {@code main}. Beside it, optionally:
 * <ul>
 *   <li>{@code <Name>.args}: the program arguments, one per line (a final newline ends the last one);</li>
 *   <li>{@code <Name>.stdin}: bytes given to the program as standard input.</li>
 * </ul>
 * Directives are line comments in the source:
 * <ul>
 *   <li>{@code // kiln:exit=<n>}: the exit status the program is written to end with (default 0); the JVM run
 *       must produce it, so a program that throws by mistake is caught;</li>
 *   <li>{@code // kiln:differs engine=<name> reason="<why>"}: this engine's output is known to differ from
 *       the JVM's; its comparison is skipped, showing the reason;</li>
 *   <li>{@code // kiln:pending jdk=<n> reason="<why>"}: Kiln cannot compile the program against JDK n's class
 *       library yet (a known gap, docs/CLASS-LIBRARY.md "Status"): against that library the Binaryen test checks
 *       that the compile still fails, and fails once it succeeds (remove the directive then); the engine tests
 *       are skipped, showing the reason;</li>
 *   <li>{@code // kiln:release=<n>}: javac's {@code --release} (default {@value #DEFAULT_RELEASE}, at least
 *       {@value #OLDEST_RELEASE}); a release newer than the running JDK needs another JDK (see {@link Jdks});</li>
 *   <li>{@code // kiln:bytecode=<generator>}: class files that the named generator in
 *       {@code dev.kiln.conformance.bytecode} writes with ASM before javac runs, on javac's class path: bytecode
 *       no javac writes any more, such as version 48 with jsr/ret subroutines (may be repeated).</li>
 * </ul>
 * Malformed directives are collected in {@link #problems()} and fail the program's JVM test.
 */
record Program(String area, String name, Path source, int release, List<String> bytecode, List<String> args, byte[] stdin,
               int expectedExit, Map<String, String> differs, Map<Integer, String> pending, List<String> problems) {

    static final int DEFAULT_RELEASE = 17;
    /** The oldest release every JDK from 17 to 25 compiles for. */
    static final int OLDEST_RELEASE = 8;

    private static final Pattern DIRECTIVE = Pattern.compile("^\\s*//\\s*kiln:(\\S+?)(?:[=\\s](.*))?$");
    private static final Pattern EXIT = Pattern.compile("-?\\d+");
    private static final Pattern RELEASE = Pattern.compile("\\d{1,3}");
    private static final Pattern DIFFERS = Pattern.compile("engine=([a-z0-9_-]+)\\s+reason=\"([^\"]+)\"\\s*");
    private static final Pattern PENDING = Pattern.compile("jdk=(\\d{2})\\s+reason=\"([^\"]+)\"\\s*");

    /** {@code area/Name}, the prefix of every test name. */
    String id() {
        return area + "/" + name;
    }

    /** The binary name of the main class. */
    String mainClass() {
        return area + "." + name;
    }

    static Program load(Path source) {
        String file = source.getFileName().toString();
        String name = file.substring(0, file.length() - ".java".length());
        String area = source.getParent().getFileName().toString();
        List<String> problems = new ArrayList<>();
        int expectedExit = 0;
        int release = DEFAULT_RELEASE;
        List<String> bytecode = new ArrayList<>();
        Map<String, String> differs = new LinkedHashMap<>();
        Map<Integer, String> pending = new LinkedHashMap<>();
        List<String> lines = readLines(source);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = DIRECTIVE.matcher(lines.get(i));
            if (!m.matches()) continue;
            String kind = m.group(1);
            String value = m.group(2) == null ? "" : m.group(2).trim();
            String where = file + ":" + (i + 1) + ": ";
            if (kind.equals("exit") && EXIT.matcher(value).matches()) {
                expectedExit = Integer.parseInt(value);
            } else if (kind.equals("differs") && DIFFERS.matcher(value).matches()) {
                Matcher d = DIFFERS.matcher(value);
                d.matches();
                differs.put(d.group(1), d.group(2));
            } else if (kind.equals("pending") && PENDING.matcher(value).matches()) {
                Matcher p = PENDING.matcher(value);
                p.matches();
                pending.put(Integer.parseInt(p.group(1)), p.group(2));
            } else if (kind.equals("release") && RELEASE.matcher(value).matches() && Integer.parseInt(value) >= OLDEST_RELEASE) {
                release = Integer.parseInt(value);
            } else if (kind.equals("bytecode") && BytecodeGenerators.names().contains(value)) {
                bytecode.add(value);
            } else {
                problems.add(where + "malformed directive '" + lines.get(i).trim() + "'; expected '// kiln:exit=<n>', "
                        + "'// kiln:differs engine=<name> reason=\"...\"', '// kiln:pending jdk=<n> reason=\"...\"', "
                        + "'// kiln:release=<n>' (n >= " + OLDEST_RELEASE
                        + ") or '// kiln:bytecode=<generator>' (one of " + String.join(", ", BytecodeGenerators.names()) + ")");
            }
        }
        if (!lines.contains("package " + area + ";")) {
            problems.add(file + ": must declare 'package " + area + ";' (the folder name)");
        }
        return new Program(area, name, source, release, List.copyOf(bytecode), readArgs(sibling(source, name + ".args")),
                readBytes(sibling(source, name + ".stdin")), expectedExit, Map.copyOf(differs), Map.copyOf(pending),
                List.copyOf(problems));
    }

    Path argsFile() {
        return sibling(source, name + ".args");
    }

    Path stdinFile() {
        return sibling(source, name + ".stdin");
    }

    private static Path sibling(Path source, String fileName) {
        return source.resolveSibling(fileName);
    }

    private static List<String> readArgs(Path file) {
        if (!Files.isRegularFile(file)) return List.of();
        String text = new String(readBytes(file), StandardCharsets.UTF_8);
        if (text.isEmpty()) return List.of();
        if (text.endsWith("\n")) text = text.substring(0, text.length() - 1);
        return List.of(text.split("\n", -1));
    }

    private static byte[] readBytes(Path file) {
        if (!Files.isRegularFile(file)) return new byte[0];
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
