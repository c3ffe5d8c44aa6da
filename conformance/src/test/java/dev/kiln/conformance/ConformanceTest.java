package dev.kiln.conformance;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.kiln.compiler.engine.WasmEngine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Kiln's conformance suite: every program under {@code src/test/programs} runs on the JVM and, compiled by
 * Kiln, on each engine; stdout, stderr and the exit status must be identical. Per program the tests are
 * {@code <area>/<Name> [jvm, jdk17]} (the program itself is sound), {@code [binaryen, jdk17]} (an independent
 * validator accepts the module) and one per engine; the second word names the JDK whose {@code java} ran the
 * reference and whose class library Kiln compiled against. See README.md for the properties that select
 * engines, programs and the JDK.
 */
class ConformanceTest {

    /** What each step cost (StepTimes): CI's log shows where its time budget went. */
    @AfterAll
    static void printStepTimes() {
        ProgramRun.BINARYEN.close();
        String summary = StepTimes.summary(5);
        if (!summary.isEmpty()) System.out.print("conformance time by step (wall clock, summed over the pipeline's workers):\n" + summary);
    }

    @TestFactory
    Stream<DynamicNode> conformance() {
        Settings settings = Settings.fromSystemProperties();
        WorkDirLock.acquire(settings.work());
        List<Program> programs = ProgramCatalog.find(settings);
        if (programs.isEmpty()) {
            throw new IllegalStateException("no conformance programs under " + settings.programs()
                    + (settings.filters().isEmpty() ? "" : " match kiln.conformance.filter=" + String.join(",", settings.filters())));
        }
        // JVM reference runs are independent child processes: run a few at once while the tests work through the list.
        ExecutorService background = Executors.newFixedThreadPool(Math.min(4, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "conformance-jvm");
            t.setDaemon(true);
            return t;
        });
        Map<String, List<ProgramRun>> byArea = new LinkedHashMap<>();
        for (Program p : programs) {
            byArea.computeIfAbsent(p.area(), a -> new ArrayList<>()).add(new ProgramRun(p, settings, background));
        }
        background.shutdown();
        List<ProgramRun> all = byArea.values().stream().flatMap(List::stream).toList();
        if (!settings.multiCallEngines().isEmpty()) {
            MultiCallModules.assign(all, settings).forEach((run, modules) -> run.useMultiCall(modules));
        }
        // Compiling and running a program is mostly one thread's work: a pipeline of kiln.conformance.jobs workers
        // does it for several programs at once, in the order of the tests, which then only report the outcomes.
        ExecutorService pipeline = Executors.newFixedThreadPool(settings.jobs(), r -> {
            Thread t = new Thread(r, "conformance-pipeline");
            t.setDaemon(true);
            return t;
        });
        for (List<ProgramRun> runs : byArea.values()) {
            for (ProgramRun run : runs) {
                pipeline.execute(run::prepare);
            }
        }
        pipeline.shutdown();
        return byArea.entrySet().stream().map(area -> dynamicContainer(area.getKey(),
                settings.programs().resolve(area.getKey()).toUri(),
                area.getValue().stream().flatMap(run -> tests(run, settings))));
    }

    private static Stream<DynamicNode> tests(ProgramRun run, Settings settings) {
        Program p = run.program();
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(test(run, "jvm", run::checkJvm));
        if (settings.binaryen()) {
            tests.add(test(run, "binaryen", run::checkBinaryen));
        }
        for (WasmEngine engine : settings.engines()) {
            tests.add(test(run, engine.name(), () -> run.checkEngine(engine)));
        }
        return tests.stream();
    }

    private static DynamicTest test(ProgramRun run, String where, org.junit.jupiter.api.function.Executable body) {
        Program p = run.program();
        return dynamicTest(p.id() + " [" + where + ", " + run.jdkLabel() + "]", p.source().toUri(), body);
    }
}
