package dev.kiln.conformance;

import dev.kiln.compiler.engine.EngineException;
import dev.kiln.compiler.engine.WasmEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The programs of one area that run against one JDK, compiled together into multi-call modules
 * (docs/RUNTIME-CONTRACT.md, "Several programs in one module") for the engines that compile a module ahead of time:
 * Wasmtime's Cranelift spends time on every byte of a module, and the programs of an area share almost all of
 * theirs (the 29 programs of {@code time/} are each 2.6–3.2 MB against JDK 25's library, all of them together
 * 3.1 MB). Each program still gets its own module for Binaryen, Chicory and Node, which keeps the type flow's
 * per-program pruning under test; a multi-call module only adds what its other programs reach.
 *
 * <p>A multi-call module is written to {@code <work>/multicall/<area>[-jdkN][-K]/} as {@code module.wasm}, with a
 * hard link {@code <Name>.wasm} per program, which is then argv[0] of the program's runs: that name picks the
 * program. Programs whose class files would collide (two files of one area both declaring a class of the same
 * name) go to separate modules; programs pending against the JDK are left out (their modules do not compile).
 */
final class MultiCallModules {
    private final String label;
    private final Path dir;
    private final Path jdk;
    private final KilnStep.Build build;
    private final List<ProgramRun> members = new ArrayList<>();
    /** The modules, once the members' classes are there to be grouped. */
    private final Memo<List<Group>> groups;

    /** One module and the programs it holds. */
    private final class Group {
        final List<ProgramRun> runs;
        final Path dir;
        final Memo<Path> module;
        final Map<String, Memo<Void>> validations = new HashMap<>();

        Group(List<ProgramRun> runs, Path dir) {
            this.runs = runs;
            this.dir = dir;
            this.module = new Memo<>(() -> StepTimes.time(label, "kiln (multi-call)", this::compile));
        }

        private Path compile() throws IOException {
            Files.createDirectories(dir);
            Path wasm = dir.resolve("module.wasm");
            KilnStep.compile(label, runs.stream().map(ProgramRun::classes).toList(),
                    runs.stream().map(r -> r.program().mainClass()).toList(), jdk, build, wasm, compileCommand(wasm));
            for (ProgramRun r : runs) {
                Path link = link(r);
                Files.deleteIfExists(link);
                Files.createLink(link, wasm);
            }
            return wasm;
        }

        Path link(ProgramRun run) {
            return dir.resolve(run.program().name() + ".wasm");
        }

        /** The engine compiles the module once, for all its programs' runs (Wasmtime keeps it in its cache). */
        synchronized Memo<Void> validation(WasmEngine engine) {
            return validations.computeIfAbsent(engine.name(), name -> new Memo<>(() -> {
                Path wasm = module.get();
                long start = System.nanoTime();
                try {
                    engine.validate(wasm);
                } catch (EngineException e) {
                    throw new ConformanceFailure(engine.name() + " rejects the multi-call module " + wasm + " of "
                            + runs.size() + " programs of " + label + ":\n" + e.getMessage().indent(2) + "reproduce: "
                            + compileCommand(wasm));
                } finally {
                    StepTimes.record(label, engine.name() + " validate", System.nanoTime() - start);
                }
                return null;
            }));
        }

        String compileCommand(Path wasm) {
            List<String> words = new ArrayList<>(List.of("bin/kiln", "compile", "--jdk", jdk.toString()));
            words.addAll(build.flags());
            for (ProgramRun r : runs) {
                words.add("--main");
                words.add(r.program().mainClass());
            }
            // Paths as the programs' own reproduce commands give them, from the repository root.
            ProgramRun any = runs.get(0);
            words.add("-o");
            words.add(any.relative(wasm));
            for (ProgramRun r : runs) words.add(any.relative(r.classes()));
            return String.join(" ", words);
        }
    }

    MultiCallModules(String label, Path dir, Path jdk, KilnStep.Build build) {
        this.label = label;
        this.dir = dir;
        this.jdk = jdk;
        this.build = build;
        this.groups = new Memo<>(this::group);
    }

    void add(ProgramRun run) {
        members.add(run);
    }

    /**
     * The module that holds {@code run}'s program, compiled and validated by {@code engine}: run it through the
     * returned link, whose name picks the program.
     */
    Path moduleFor(ProgramRun run, WasmEngine engine) throws Throwable {
        Group g = groupOf(run);
        g.validation(engine).get();
        return g.link(run);
    }

    /** The command that compiles {@code run}'s module. */
    String compileCommand(ProgramRun run) throws Throwable {
        Group g = groupOf(run);
        return g.compileCommand(g.dir.resolve("module.wasm"));
    }

    private Group groupOf(ProgramRun run) throws Throwable {
        for (Group g : groups.get()) {
            if (g.runs.contains(run)) return g;
        }
        throw new IllegalStateException(run.program().id() + " is not in " + label);
    }

    private List<Group> group() {
        // A program without a JVM run fails its own tests before asking for a module.
        List<ProgramRun> ready = members.stream().filter(ProgramRun::hasReference).toList();
        List<List<ProgramRun>> parts = partition(ready, run -> classFiles(run.classes()));
        List<Group> out = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            out.add(new Group(List.copyOf(parts.get(k)), k == 0 ? dir : dir.resolveSibling(dir.getFileName() + "-" + (k + 1))));
        }
        return out;
    }

    /**
     * Greedily, in order: each item joins the first part none of whose class files (relative paths) it also has, or
     * starts a new part.
     */
    static <T> List<List<T>> partition(List<T> items, Function<T, Set<String>> classFiles) {
        List<List<T>> parts = new ArrayList<>();
        List<Set<String>> files = new ArrayList<>();
        for (T item : items) {
            Set<String> mine = classFiles.apply(item);
            int k = 0;
            while (k < parts.size() && !disjoint(files.get(k), mine)) k++;
            if (k == parts.size()) {
                parts.add(new ArrayList<>());
                files.add(new HashSet<>());
            }
            parts.get(k).add(item);
            files.get(k).addAll(mine);
        }
        return parts;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String s : b) {
            if (a.contains(s)) return false;
        }
        return true;
    }

    private static Set<String> classFiles(Path classes) {
        Set<String> out = new HashSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(p -> p.toString().endsWith(".class")).forEach(p -> out.add(classes.relativize(p).toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The multi-call modules of a run's programs, by area and JDK: those that run against {@code settings.jdk()} go
     * to {@code multicall/<area>}, those needing a newer JDK to {@code multicall/<area>-jdk<N>}.
     */
    static Map<ProgramRun, MultiCallModules> assign(List<ProgramRun> runs, Settings settings) {
        Map<String, MultiCallModules> byKey = new LinkedHashMap<>();
        Map<ProgramRun, MultiCallModules> out = new HashMap<>();
        for (ProgramRun run : runs) {
            if (run.jdk().isEmpty() || run.pendingHere()) continue;
            Path jdk = run.jdk().get();
            String key = run.program().area() + (jdk.equals(settings.jdk()) ? "" : "-" + run.jdkLabel());
            MultiCallModules m = byKey.computeIfAbsent(key, k -> new MultiCallModules(k + " (multi-call)",
                    settings.work().resolve("multicall").resolve(k), jdk, settings.build()));
            m.add(run);
            out.put(run, m);
        }
        return out;
    }
}
