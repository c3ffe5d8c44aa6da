package dev.kiln.cli;

import dev.kiln.compiler.CompileOptions;
import dev.kiln.compiler.engine.EngineException;
import dev.kiln.compiler.engine.Engines;
import dev.kiln.compiler.engine.RunResult;
import dev.kiln.compiler.engine.WasmEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kiln run}: compiles (unless given a .wasm) and runs the module on an engine, passing the program's
 * stdout, stderr and exit status through. Everything after {@code --} goes to the program as arguments. The
 * program's working directory ({@code --dir}, by default the current one) is preopened as {@code "."}.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Compiles (unless given a .wasm) and runs a program; its output and exit status pass through.",
        footer = {"", "Examples:",
                "  kiln run --main dev.kiln.samples.hello.Hello samples/target/classes",
                "  kiln run --engine wasmtime app.jar -- first-arg second-arg",
                "  kiln run --engine node hello.wasm",
                "", "Standard input is passed to the program when it is not a terminal. The program's files are",
                "those of its working directory (--dir, the current directory by default), preopened as \".\"."})
final class RunCommand implements Callable<Integer> {
    @Option(names = "--engine", defaultValue = "chicory", paramLabel = "ENGINE",
            description = "chicory (in-process, default), node or wasmtime.")
    String engine;

    @Option(names = "--main", paramLabel = "CLASS",
            description = "Class whose main(String[]) starts the program (default: the only class that has one).")
    String mainClass;

    @Option(names = "--dir", defaultValue = ".", paramLabel = "DIR",
            description = "The program's working directory, the one directory it can reach (default: the current directory).")
    Path dir;

    @Option(names = "--timeout", defaultValue = "600", paramLabel = "SECONDS", description = "Stop the program after this long.")
    long timeoutSeconds;

    @Option(names = "--verify-ir", description = "Verify the IR after the frontend and after every optimizer pass (slower).")
    boolean verifyIr;

    @Option(names = "--no-ir-passes",
            description = "Skip the optimizer's passes on the IR (inlining, constant propagation, check removal...); the type"
                    + " flow still prunes what cannot run. For comparing behaviour with and without them.")
    boolean noIrPasses;

    @Option(names = "--jdk", paramLabel = "JDK-HOME",
            description = "The JDK (9 or later) whose class library the program is compiled against (default: the JDK running Kiln).")
    Path jdk;

    @Parameters(arity = "1..*", paramLabel = "JAR-OR-DIR|APP.wasm", description = "The program (class path, or one .wasm file).")
    List<String> inputs;

    @Override
    public Integer call() throws IOException {
        List<Path> classpath = new ArrayList<>();
        for (String s : inputs) classpath.add(Path.of(s));
        WasmEngine wasmEngine;
        try {
            wasmEngine = Engines.byName(engine);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        Path wasm;
        boolean temporary = false;
        if (classpath.size() == 1 && classpath.get(0).toString().endsWith(".wasm")) {
            wasm = classpath.get(0);
            if (!Files.isRegularFile(wasm)) throw new UserError("no such file: " + wasm);
        } else {
            byte[] bytes = CompileCommand.compile(new CompileOptions(classpath,
                    mainClass == null ? List.of() : List.of(mainClass), false, false, verifyIr, jdk, null, null, !noIrPasses)).wasm();
            wasm = Files.createTempFile("kiln-run-", ".wasm");
            Files.write(wasm, bytes);
            temporary = true;
        }
        try {
            byte[] stdin = System.console() == null ? System.in.readAllBytes() : new byte[0];
            RunResult r = wasmEngine.run(wasm, programArgs(), stdin, Duration.ofSeconds(timeoutSeconds), dir);
            System.out.write(r.stdout());
            System.out.flush();
            System.err.write(r.stderr());
            System.err.flush();
            return r.exitCode();
        } catch (EngineException e) {
            throw new UserError(engine + ": " + e.getMessage());
        } finally {
            if (temporary) Files.deleteIfExists(wasm);
        }
    }

    /** The program's arguments: everything after the first "--", split off before picocli parses. */
    private final List<String> programArgs;

    RunCommand(List<String> programArgs) {
        this.programArgs = List.copyOf(programArgs);
    }

    private List<String> programArgs() {
        return programArgs;
    }
}
