package dev.kiln.wasm.text;

import dev.kiln.wasm.Engine;
import dev.kiln.wasm.Golden;
import dev.kiln.wasm.SampleModules;
import dev.kiln.wasm.binary.BinaryWriter;
import dev.kiln.wasm.model.Module;
import org.junit.jupiter.api.Test;

/**
 * The printer's output for {@link SampleModules#smallModule()}, which touches every top-level construct,
 * against {@code src/test/resources/wasm/small-module.wat}. The same module is written and validated by
 * Chicory, so the golden file shows a module known to be valid.
 */
class WatGoldenTest {

    @Test
    void smallModulePrintsAsGolden() {
        Module m = SampleModules.smallModule();
        Engine.validate(BinaryWriter.write(m));
        String wat = WatPrinter.print(m, f -> f.name().equals("run") ? "int Small.run(int)" : null);
        Golden.assertMatches("wasm/small-module.wat", wat, "WatGoldenTest");
    }
}
