package dev.kiln.conformance;

import dev.kiln.compiler.engine.BinaryenValidator;
import dev.kiln.compiler.engine.EngineException;
import dev.kiln.compiler.engine.RunResult;
import dev.kiln.compiler.engine.WasmEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Assumptions;

/**
 * Everything done for one program, each step once: javac and the JVM reference run (started in the background
 * as soon as the program is known), the Kiln compile (on first use), then one check per engine. The work
 * directory {@code target/conformance/<area>/<Name>/} keeps the classes, the module and every run's output.
 * The program runs against one JDK ({@link Jdks#forProgram}): its {@code java} is the reference and Kiln
 * compiles against its class library. A program whose release needs a JDK that cannot be found is skipped,
 * saying so, in every test.
 *
 * <p>Every check runs at most once, and its outcome (a failure too) is kept: {@link #prepare} runs them all on a
 * worker of the suite's pipeline ({@code kiln.conformance.jobs} programs at once), and the test that reports a
 * check only collects its outcome, or runs it itself if no worker has got to it yet.
 */
final class ProgramRun {
    /** One Binaryen process validates every module of the run (a start-up per module cost minutes of CI). */
    static final BinaryenValidator.Server BINARYEN = new BinaryenValidator.Server();

    private final Program program;
    private final Settings settings;
    private final Path dir;
    private final Path classes;
    private final Path wasm;
    private final Optional<Path> jdk;
    private final String jdkLabel;
    private final CompletableFuture<Reference> reference;
    private final Memo<Path> module;
    private final Memo<Void> binaryenCheck;
    private final Map<String, Memo<Void>> engineChecks = new LinkedHashMap<>();
    /** The multi-call modules that hold this program for the engines that run those ({@link MultiCallModules}), or null. */
    private MultiCallModules multiCall;

    /** javac's outcome and, if it compiled, the JVM's run. */
    record Reference(JavacStep.Result javac, JvmReference.Result jvm) {
    }

    ProgramRun(Program program, Settings settings, Executor background) {
        this.program = program;
        this.settings = settings;
        this.dir = settings.work().resolve(program.area()).resolve(program.name());
        this.classes = dir.resolve("classes");
        this.wasm = dir.resolve(program.name() + ".wasm");
        this.jdk = Jdks.forProgram(program.release(), settings.jdk(), settings.jdkFeature());
        this.jdkLabel = jdk.map(home -> "jdk" + (home.equals(settings.jdk()) ? settings.jdkFeature() : Jdks.featureOf(home)))
                .orElse("no JDK " + program.release());
        this.reference = jdk.isPresent() ? CompletableFuture.supplyAsync(this::buildReference, background) : null;
        this.module = new Memo<>(() -> {
            Path wasmFile = wasmOrFail();
            return StepTimes.time(program.id(), "kiln", () -> KilnStep.compile(program, classes, jdk.orElseThrow(), settings.build(), wasmFile, compileCommand()));
        });
        this.binaryenCheck = new Memo<>(() -> {
            verifyBinaryen();
            return null;
        });
        for (WasmEngine engine : settings.engines()) {
            engineChecks.put(engine.name(), new Memo<>(() -> {
                verifyEngine(engine);
                return null;
            }));
        }
    }

    /**
     * Runs every check of this program (on a pipeline worker), keeping each outcome for the test that reports
     * it; a failure here is not lost, the test rethrows it.
     */
    void prepare() {
        if (settings.binaryen()) {
            settle(binaryenCheck);
        }
        for (Memo<Void> check : engineChecks.values()) {
            settle(check);
        }
    }

    private static void settle(Memo<Void> check) {
        try {
            check.get();
        } catch (Throwable kept) {
            // Memo keeps it; the test rethrows it.
        }
    }

    Program program() {
        return program;
    }

    /** The directory javac writes the program's classes to. */
    Path classes() {
        return classes;
    }

    /** The JDK the program runs against, if one was found. */
    Optional<Path> jdk() {
        return jdk;
    }

    /** From now on, the engines of {@code kiln.conformance.multicall} run this program in {@code modules}. */
    void useMultiCall(MultiCallModules modules) {
        this.multiCall = modules;
    }

    /** True if the program compiled with javac and its JVM run finished: there is something to compare with. */
    boolean hasReference() {
        try {
            Reference r = reference.join();
            return r.javac().ok() && !r.jvm().timedOut();
        } catch (CompletionException e) {
            return false;
        }
    }

    /** True if the program is marked {@code kiln:pending} for the class library it runs against. */
    boolean pendingHere() {
        return jdk.isPresent() && pending() != null;
    }

    /** Which JDK the program runs against, for the test names: {@code jdk25}. */
    String jdkLabel() {
        return jdkLabel;
    }

    private Reference buildReference() {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            JavacStep.Result javac = StepTimes.time(program.id(), "javac",
                    () -> JavacStep.compile(program, classes, Jdks.javacFor(program.release(), jdk.orElseThrow())));
            return new Reference(javac, javac.ok()
                    ? StepTimes.time(program.id(), "jvm", () -> JvmReference.run(program, classes, jdk.orElseThrow(), dir)) : null);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Reference reference() {
        if (jdk.isEmpty()) {
            String why = "kiln:release=" + program.release() + " needs a JDK " + program.release() + " or newer, and none was "
                    + "found: " + Jdks.searched(program.release());
            // Surefire's console shows only a count of skipped tests; the reason belongs in the log too.
            System.out.println("skipped " + program.id() + ": " + why);
            Assumptions.abort(why);
        }
        try {
            return reference.join();
        } catch (CompletionException e) {
            throw new ConformanceFailure("preparing " + program.id() + " failed: " + e.getCause(), e.getCause());
        }
    }

    /** The JVM run every engine is compared with; fails if there is none to compare with. */
    private RunResult jvmRun() {
        Reference r = reference();
        if (!r.javac().ok()) {
            throw new ConformanceFailure("javac (--release " + program.release() + ") could not compile " + relative(program.source())
                    + ":\n" + r.javac().diagnostics());
        }
        if (r.jvm().timedOut()) {
            throw new ConformanceFailure("the JVM reference run of " + program.id() + " did not finish within "
                    + Settings.JVM_TIMEOUT.toSeconds() + " s, so there is nothing to compare with");
        }
        return r.jvm().run();
    }

    private Path wasmOrFail() {
        jvmRun();
        return wasm;
    }

    /** The program compiles with javac, its directives are well-formed, and the JVM ends it as the program intends. */
    void checkJvm() {
        if (!program.problems().isEmpty()) {
            throw new ConformanceFailure(String.join("\n", program.problems()));
        }
        for (String engine : program.differs().keySet()) {
            if (!List.of("chicory", "node", "wasmtime").contains(engine)) {
                throw new ConformanceFailure(program.source().getFileName() + ": kiln:differs names unknown engine '" + engine + "'");
            }
        }
        RunResult run = jvmRun();
        if (run.exitCode() != program.expectedExit()) {
            throw new ConformanceFailure("on the JVM " + program.id() + " exited with status " + run.exitCode() + ", but the program says "
                    + (program.expectedExit() == 0 ? "nothing (so 0)" : "// kiln:exit=" + program.expectedExit())
                    + "\nstderr:\n" + run.stderrText().indent(2) + "reproduce: " + String.join(" ", quoted(JvmReference.command(program, classes, jdk.orElseThrow()))));
        }
    }

    /** The reason Kiln cannot compile the program against the class library it runs against, or null. */
    private String pending() {
        return program.pending().get(Integer.parseInt(jdkLabel.substring("jdk".length())));
    }

    /**
     * Binaryen, which shares no code with the engines, accepts the module; or, for a program marked
     * {@code kiln:pending} for this class library, Kiln still cannot compile it.
     */
    void checkBinaryen() throws Throwable {
        binaryenCheck.get();
    }

    private void verifyBinaryen() throws Throwable {
        String pending = pending();
        if (pending != null) {
            jvmRun();
            try {
                this.module.get();
            } catch (ConformanceFailure stillFails) {
                System.out.println("pending " + program.id() + " [" + jdkLabel + "]: still fails as expected: " + pending);
                return;
            }
            throw new ConformanceFailure(program.id() + " now compiles against the " + jdkLabel + " class library: remove its "
                    + "'// kiln:pending jdk=" + jdkLabel.substring(3) + "' directive (" + pending + ")");
        }
        Path module = this.module.get();
        long start = System.nanoTime();
        try {
            BINARYEN.validate(module);
        } catch (EngineException e) {
            throw new ConformanceFailure("Binaryen rejects " + relative(module) + ":\n" + e.getMessage().indent(2));
        } finally {
            StepTimes.record(program.id(), "binaryen", System.nanoTime() - start);
        }
    }

    /** The engine accepts the module and, run on it, the program prints and exits exactly as on the JVM. */
    void checkEngine(WasmEngine engine) throws Throwable {
        engineChecks.get(engine.name()).get();
    }

    private void verifyEngine(WasmEngine engine) throws Throwable {
        RunResult expected = jvmRun();
        String pending = pending();
        if (pending != null) {
            System.out.println("skipped " + program.id() + " [" + engine.name() + ", " + jdkLabel + "]: kiln:pending: " + pending);
            Assumptions.abort("kiln:pending against the " + jdkLabel + " class library: " + pending);
        }
        boolean inMultiCall = multiCall != null && settings.multiCallEngines().contains(engine.name());
        Path module;
        if (inMultiCall) {
            // Compiled and validated once for the programs it holds; its link's name picks this program.
            module = multiCall.moduleFor(this, engine);
        } else {
            module = this.module.get();
            long validation = System.nanoTime();
            try {
                engine.validate(module);
            } catch (EngineException e) {
                throw new ConformanceFailure(engine.name() + " rejects " + relative(module) + ":\n" + e.getMessage().indent(2));
            } finally {
                StepTimes.record(program.id(), engine.name() + " validate", System.nanoTime() - validation);
            }
        }
        String known = program.differs().get(engine.name());
        if (known != null) {
            // Surefire's console shows only a count of skipped tests; the reason belongs in the log too.
            System.out.println("skipped " + program.id() + " [" + engine.name() + "]: kiln:differs: " + known);
            Assumptions.abort("kiln:differs on " + engine.name() + ": " + known);
        }
        RunResult actual;
        long run = System.nanoTime();
        try {
            actual = engine.run(module, program.args(), program.stdin(), settings.engineTimeout(), freshWorkDir(dir, engine.name()));
        } catch (EngineException e) {
            throw new ConformanceFailure(engine.name() + " could not run " + relative(module) + ": " + e.getMessage()
                    + "\nreproduce: " + reproduce(engine.name(), inMultiCall ? module : null));
        } finally {
            StepTimes.record(program.id(), engine.name() + " run", System.nanoTime() - run);
        }
        Path out = dir.resolve(engine.name() + ".stdout");
        Path err = dir.resolve(engine.name() + ".stderr");
        Files.write(out, actual.stdout());
        Files.write(err, actual.stderr());
        String differences = Comparison.differences(expected, actual, engine.name());
        if (differences != null) {
            throw new ConformanceFailure(program.id() + " on " + engine.name() + " does not behave as on the JVM:\n" + differences.indent(2)
                    + "outputs: " + relative(out) + ", " + relative(err) + " (JVM: " + relative(dir.resolve("jvm.stdout")) + ", "
                    + relative(dir.resolve("jvm.stderr")) + ")\n"
                    + "reproduce: " + reproduce(engine.name(), inMultiCall ? module : null));
        }
    }

    /**
     * The CLI command that compiles this program as the harness does, plus its WAT, from the repository root. It
     * names the class library always: bin/kiln's default is whichever JDK runs it, which may not be the harness's.
     */
    String compileCommand() {
        List<String> words = new ArrayList<>(List.of("bin/kiln", "compile", "--jdk", jdk.orElseThrow().toString()));
        words.addAll(settings.build().flags());
        words.addAll(List.of("--main", program.mainClass(), "--emit-wat", "-o", relative(wasm), relative(classes)));
        return String.join(" ", quoted(words));
    }

    /**
     * The commands that repeat a run of this program on an engine, from the repository root: {@code bin/kiln run}, or
     * for a run of the multi-call module {@code link} the compile of that module and the engine's script run on
     * the link (whose name picks the program).
     */
    String reproduce(String engine, Path link) {
        if (link == null) return reproduce(engine);
        String compile;
        try {
            compile = multiCall.compileCommand(this);
        } catch (Throwable e) {
            compile = "(the multi-call module did not compile: " + e.getMessage() + ")";
        }
        List<String> run = new ArrayList<>(Settings.engineScript(engine));
        run.add(relative(link));
        run.addAll(program.args());
        String line = compile + "\n  then: " + String.join(" ", quoted(run));
        if (Files.isRegularFile(program.stdinFile())) line += " < " + quote(relative(program.stdinFile()));
        return line + "\n  or the program alone: " + reproduce(engine);
    }

    /**
     * The CLI command that runs this program on an engine, from the repository root; with Binaryen's optimisation on
     * ({@code kiln.conformance.optimize}), the compile with its {@code -O} level and then the run of that module.
     */
    String reproduce(String engine) {
        boolean optimized = !settings.build().isDefault();
        List<String> command = new ArrayList<>(List.of("bin/kiln", "run", "--engine", engine));
        if (optimized) {
            command.add(relative(wasm));
        } else {
            command.addAll(List.of("--jdk", jdk.orElseThrow().toString(), "--main", program.mainClass(), relative(classes)));
        }
        if (!program.args().isEmpty()) {
            command.add("--");
            command.addAll(program.args());
        }
        String line = String.join(" ", quoted(command));
        if (Files.isRegularFile(program.stdinFile())) {
            line += " < " + quote(relative(program.stdinFile()));
        }
        return optimized ? compileCommand() + " && " + line : line;
    }

    String relative(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(settings.repoRoot()) ? settings.repoRoot().relativize(abs).toString() : abs.toString();
    }

    /**
     * An empty directory {@code <runner>.dir} in the program's output directory, the working directory of one run:
     * the JVM's, or the one an engine preopens as {@code "."}, so that relative paths name the same files in
     * every run and no run sees another's leftovers.
     */
    static Path freshWorkDir(Path outDir, String runner) {
        Path work = outDir.resolve(runner + ".dir");
        try {
            if (Files.exists(work)) {
                try (var files = Files.walk(work)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            return Files.createDirectories(work).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the working directory " + work, e);
        }
    }

    private static List<String> quoted(List<String> words) {
        return words.stream().map(ProgramRun::quote).toList();
    }

    private static String quote(String word) {
        if (!word.isEmpty() && word.chars().allMatch(c -> Character.isLetterOrDigit(c) || "-_./=:,+@%".indexOf(c) >= 0)) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
