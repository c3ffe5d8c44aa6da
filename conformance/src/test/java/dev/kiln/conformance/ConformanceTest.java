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
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Kiln's conformance suite: every program under {@code src/test/programs} runs on the JVM and, compiled by
 * Kiln, on each engine; stdout, stderr and the exit status must be identical. Per program the tests are
 * {@code <area>/<Name> [jvm]} (the program itself is sound), {@code [binaryen]} (an independent validator
 * accepts the module) and one per engine. See README.md for the properties that select engines and programs.
 */
class ConformanceTest {

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
        return byArea.entrySet().stream().map(area -> dynamicContainer(area.getKey(),
                settings.programs().resolve(area.getKey()).toUri(),
                area.getValue().stream().flatMap(run -> tests(run, settings))));
    }

    private static Stream<DynamicNode> tests(ProgramRun run, Settings settings) {
        Program p = run.program();
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(test(p, "jvm", run::checkJvm));
        if (settings.binaryen()) {
            tests.add(test(p, "binaryen", run::checkBinaryen));
        }
        for (WasmEngine engine : settings.engines()) {
            tests.add(test(p, engine.name(), () -> run.checkEngine(engine)));
        }
        return tests.stream();
    }

    private static DynamicTest test(Program p, String where, org.junit.jupiter.api.function.Executable body) {
        return dynamicTest(p.id() + " [" + where + "]", p.source().toUri(), body);
    }
}
