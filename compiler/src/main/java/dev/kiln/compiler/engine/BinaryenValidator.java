package dev.kiln.compiler.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Binaryen's validator ({@code wasm-opt} from its JS build, run on the pinned Node), as a second opinion that
 * shares no code with any engine: a module every engine accepts may still break the spec in a way one engine
 * tolerates. {@code tools/engines/binaryen.mjs} passes exactly the features Kiln's output uses, so a module
 * that needs any other proposal is rejected here before an engine sees it.
 */
public final class BinaryenValidator {
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    /** Throws with Binaryen's message if the module is invalid. */
    public void validate(Path wasm) throws EngineException {
        ProcessRunner.check("binaryen", binaryen("validate", wasm.toAbsolutePath().toString()), TIMEOUT);
    }

    /** Assembles a module from WebAssembly text (tests write their modules this way). */
    public void assemble(Path wat, Path wasm) throws EngineException {
        ProcessRunner.check("binaryen", binaryen("wasm-as", wat.toAbsolutePath().toString(), "-o",
                wasm.toAbsolutePath().toString()), TIMEOUT);
    }

    private static List<String> binaryen(String... args) throws EngineException {
        List<String> command = new ArrayList<>();
        command.add(KilnHome.node().toString());
        command.add(KilnHome.installed("binaryen.mjs").toString());
        command.addAll(List.of(args));
        return command;
    }
}
