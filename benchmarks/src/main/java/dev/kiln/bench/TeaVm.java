package dev.kiln.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.teavm.diagnostics.Problem;
import org.teavm.tooling.TeaVMTargetType;
import org.teavm.tooling.TeaVMTool;
import org.teavm.tooling.TeaVMToolException;
import org.teavm.vm.TeaVMOptimizationLevel;

/**
 * The peer: a benchmark compiled by TeaVM's WebAssembly GC target, in-process, as its Maven plugin would with
 * {@code targetType WEBASSEMBLY_GC}, full optimisation and minifying; {@code strict} makes null, bounds and cast
 * failures Java exceptions instead of traps. Beside the module goes TeaVM's JS runtime, which loads it on Node
 * ({@code run-teavm.cjs}).
 */
final class TeaVm {
    static final String VERSION = "0.15.0";
    /** TeaVM's JS runtime for WebAssembly GC modules, from teavm-core. */
    static final String RUNTIME = "wasm-gc-runtime.js";

    private TeaVm() {
    }

    static BenchmarkRunner.Module compile(Class<?> program, Path work, boolean strict) throws IOException, TeaVMToolException {
        Path dir = work.resolve(strict ? "teavm-strict" : "teavm").resolve(program.getSimpleName());
        Files.createDirectories(dir);
        TeaVMTool tool = new TeaVMTool();
        tool.setTargetType(TeaVMTargetType.WEBASSEMBLY_GC);
        tool.setMainClass(program.getName());
        tool.setTargetDirectory(dir.toFile());
        tool.setTargetFileName("classes.wasm");
        tool.setOptimizationLevel(TeaVMOptimizationLevel.FULL);
        tool.setObfuscated(true);
        tool.setStrict(strict);
        tool.setIncremental(false);
        tool.setDebugInformationGenerated(false);
        tool.setClassLoader(TeaVm.class.getClassLoader());
        long start = System.nanoTime();
        tool.generate();
        long nanos = System.nanoTime() - start;
        if (!tool.getProblemProvider().getSevereProblems().isEmpty()) {
            Problem first = tool.getProblemProvider().getSevereProblems().get(0);
            throw new IllegalStateException("TeaVM could not compile " + program.getName() + ": " + first.getText());
        }
        try (InputStream in = TeaVMTool.class.getClassLoader().getResourceAsStream("org/teavm/backend/wasm/" + RUNTIME)) {
            if (in == null) throw new IllegalStateException("no " + RUNTIME + " in TeaVM's jars");
            Files.write(dir.resolve(RUNTIME), in.readAllBytes());
        }
        Path wasm = dir.resolve("classes.wasm");
        byte[] bytes = Files.readAllBytes(wasm);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
            z.write(bytes);
        }
        return new BenchmarkRunner.Module(wasm, bytes.length, gz.size(), nanos);
    }
}
