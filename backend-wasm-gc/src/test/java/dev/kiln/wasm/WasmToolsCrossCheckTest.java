package dev.kiln.wasm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.wasm.binary.BinaryWriter;
import dev.kiln.wasm.model.Module;
import dev.kiln.wasm.text.WatPrinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second, independent implementation checks both outputs: {@code wasm-tools} (the Bytecode Alliance's
 * validator, parser and printer) validates the binary, parses and validates the printed text, and
 * decodes both to the same module once names are stripped. So the writer and the printer agree with
 * each other and with a second reading of the spec, not just with Chicory.
 */
@EnabledIf(value = "wasmToolsInstalled",
    disabledReason = "wasm-tools is not on the PATH; it is an optional second validator (cargo install wasm-tools)")
class WasmToolsCrossCheckTest {
    @TempDir
    Path dir;

    static boolean wasmToolsInstalled() {
        try {
            return new ProcessBuilder("wasm-tools", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @TestFactory
    Stream<DynamicTest> binaryAndTextValidateAndDescribeTheSameModule() {
        Map<String, Supplier<Module>> modules = new TreeMap<>(SampleModules.all());
        return modules.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Path wasm = dir.resolve(e.getKey() + ".wasm");
            Path wat = dir.resolve(e.getKey() + ".wat");
            Files.write(wasm, BinaryWriter.write(e.getValue().get()));
            Files.writeString(wat, WatPrinter.print(e.getValue().get()), StandardCharsets.UTF_8);
            run("validate", "--features", "all", wasm.toString());
            run("validate", "--features", "all", wat.toString());
            assertEquals(withoutNames(wasm), withoutNames(wat), "binary and text decode differently");
        }));
    }

    private String withoutNames(Path input) throws IOException, InterruptedException {
        Path stripped = dir.resolve(input.getFileName() + ".stripped.wasm");
        run("strip", "--all", input.toString(), "-o", stripped.toString());
        return run("print", stripped.toString());
    }

    private static String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wasm-tools"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }
}
