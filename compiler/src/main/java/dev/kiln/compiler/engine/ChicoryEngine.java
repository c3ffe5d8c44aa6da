package dev.kiln.compiler.engine;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasi.WasiExitException;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.InvalidException;
import com.dylibso.chicory.wasm.MalformedException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.UnlinkableException;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExportSection;
import com.dylibso.chicory.wasm.types.ExternalType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Chicory, a pure-Java Wasm interpreter, run in this JVM: the default engine, because it needs nothing outside
 * Maven Central and starts in milliseconds. Its interpreter (not its bytecode compiler, which runs out of
 * stack on deep tail calls) supports GC, exnref exceptions and tail calls.
 *
 * <p>Each run gets a fresh instance and its own thread. The thread has a large stack because the interpreter
 * recurses on the Java stack for every Wasm call, and the JVM's default would overflow long before the other
 * engines do. On timeout the thread is interrupted, which the interpreter notices between instructions.
 */
public final class ChicoryEngine implements WasmEngine {
    private static final long STACK_BYTES = 1L << 30;

    @Override
    public String name() {
        return "chicory";
    }

    @Override
    public RunResult run(Path wasm, List<String> args, byte[] stdin, Duration timeout, Path dir) throws EngineException {
        WasmModule module = parse(wasm);
        var stdout = new ByteArrayOutputStream();
        var stderr = new ByteArrayOutputStream();
        List<String> argv = new ArrayList<>();
        argv.add(wasm.getFileName().toString());
        argv.addAll(args);
        WasiOptions.Builder builder = WasiOptions.builder();
        if (dir != null) {
            builder.withDirectory(".", dir.toAbsolutePath());
        }
        WasiOptions options = builder
                .withArguments(argv)
                .withStdin(new ByteArrayInputStream(stdin))
                .withStdout(stdout)
                .withStderr(stderr)
                .withThrowOnExit0(true)
                .build();
        var task = new FutureTask<>(() -> execute(module, options, stderr, dir));
        var thread = new Thread(null, task, "kiln-chicory-" + wasm.getFileName(), STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        int exitCode = await(task, thread, timeout);
        return new RunResult(stdout.toByteArray(), stderr.toByteArray(), exitCode);
    }

    @Override
    public void validate(Path wasm) throws EngineException {
        parse(wasm);
    }

    /** Parses and validates the module: Chicory checks function bodies' types while parsing. */
    private WasmModule parse(Path wasm) throws EngineException {
        try {
            return Parser.parse(Files.readAllBytes(wasm));
        } catch (IOException e) {
            throw new EngineException("chicory: cannot read " + wasm + ": " + e.getMessage(), e);
        } catch (ChicoryException e) {
            throw new EngineException("chicory rejected the module: " + e.getMessage(), e);
        }
    }

    /** Instantiates the module with WASI and calls _start; returns the exit status. */
    private static int execute(WasmModule module, WasiOptions options, ByteArrayOutputStream stderr, Path dir)
            throws EngineException {
        try (WasiPreview1 wasi = WasiPreview1.builder().withOptions(options).build()) {
            Instance instance = instantiate(module, wasi, dir);
            ExportFunction start = instance.export("_start");
            start.apply();
            return 0;
        } catch (WasiExitException e) {
            return e.exitCode();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            stderr.writeBytes(("wasm trap: " + describe(e) + "\n").getBytes(StandardCharsets.UTF_8));
            return TRAP_EXIT_CODE;
        }
    }

    private static Instance instantiate(WasmModule module, WasiPreview1 wasi, Path dir) throws EngineException {
        if (!exportsStart(module)) {
            throw new EngineException("chicory rejected the module: the module does not export _start");
        }
        try {
            HostFunction[] functions = wasi.toHostFunctions();
            if (dir != null) {
                for (int i = 0; i < functions.length; i++) {
                    functions[i] = ChicoryWasiFixes.fix(functions[i], dir.toAbsolutePath().normalize());
                }
            }
            ImportValues imports = ImportValues.builder().addFunction(functions).build();
            // withStart(false): otherwise build() itself calls _start, outside our exit and trap handling.
            return Instance.builder(module).withImportValues(imports).withStart(false).build();
        } catch (UnlinkableException | InvalidException | MalformedException e) {
            throw new EngineException("chicory rejected the module: " + e.getMessage(), e);
        }
    }

    private static boolean exportsStart(WasmModule module) {
        ExportSection exports = module.exportSection();
        for (int i = 0; i < exports.exportCount(); i++) {
            Export export = exports.getExport(i);
            if (export.name().equals("_start") && export.exportType() == ExternalType.FUNCTION) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable trap) {
        return trap.getMessage() != null ? trap.getMessage() : trap.getClass().getName();
    }

    private int await(FutureTask<Integer> task, Thread thread, Duration timeout) throws EngineException {
        try {
            return task.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            stop(thread);
            throw new EngineException(name() + " timed out after " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            stop(thread);
            Thread.currentThread().interrupt();
            throw new EngineException(name() + ": interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof EngineException cause) {
                throw cause;
            }
            throw new EngineException(name() + ": " + e.getCause(), e.getCause());
        }
    }

    private static void stop(Thread thread) {
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
