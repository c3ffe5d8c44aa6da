package dev.kiln.compiler.engine;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every test module is valid for every engine and for Binaryen with Kiln's feature list. */
class ValidationTest {
    @ParameterizedTest
    @ValueSource(strings = {"hello", "exit", "args", "stdin", "features", "deep", "trap", "spin", "no-start"})
    void everyValidatorAcceptsTheTestModule(String module) throws EngineException {
        Path wasm = TestModules.wasm(module);
        List<Executable> checks = new ArrayList<>();
        for (WasmEngine engine : Engines.all()) {
            checks.add(() -> assertDoesNotThrow(() -> engine.validate(wasm), engine.name()));
        }
        checks.add(() -> assertDoesNotThrow(() -> new BinaryenValidator().validate(wasm), "binaryen"));
        assertAll(checks);
    }
}
