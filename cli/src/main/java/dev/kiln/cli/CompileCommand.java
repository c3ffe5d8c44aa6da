package dev.kiln.cli;

import dev.kiln.compiler.CompileOptions;
import dev.kiln.compiler.CompileResult;
import dev.kiln.compiler.Kiln;
import dev.kiln.compiler.ModuleNames;
import dev.kiln.compiler.WasmOptimization;
import dev.kiln.ir.MethodRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kiln compile}: class directories and jars in, one .wasm out. */
@Command(name = "compile", mixinStandardHelpOptions = true,
        description = "Compiles a Java program (class directories and jars) into a WebAssembly module.",
        footer = {"", "Examples:",
                "  kiln compile -o hello.wasm samples/target/classes",
                "  kiln compile --main com.example.Main --dump-ir -o app.wasm app.jar lib.jar",
                "  kiln compile --main tools.Ls --main tools.Cat -o tools.wasm tools.jar   (ln tools.wasm Ls.wasm; wasmtime Ls.wasm)",
                "  kiln compile --emit-wat -o app.wasm app.jar",
                "  kiln compile --verify-ir -o app.wasm app.jar",
                "  kiln compile --jdk /usr/lib/jvm/temurin-25-jdk-amd64 -o app.wasm app.jar",
                "  kiln compile --names=none -o small.wasm app.jar",
                "  kiln compile -Oz --names=none -o smaller.wasm app.jar   (Binaryen)",
                "  kiln compile --release -o app.wasm app.jar      (Binaryen's -O2)",
                "  kiln compile --verbose -o app.wasm app.jar      (phase timings)",
                "  kiln compile --why java.util.regex. -o app.wasm app.jar   (why the module holds regex code)",
                "", "Writes <out>.wat with --emit-wat and <out>.ir with --dump-ir, beside the module."})
final class CompileCommand implements Callable<Integer> {
    @Option(names = "--main", paramLabel = "CLASS",
            description = "Class whose main(String[]) starts the program (default: the only class that has one). Given"
                    + " more than once, it makes a multi-call module: the name a run starts it under (argv[0], without"
                    + " directory and .wasm) picks the program, by the main class's simple or binary name.")
    List<String> mainClasses = new ArrayList<>();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The .wasm file to write.")
    Path output;

    @Option(names = "--emit-wat", description = "Also write the module's text form (WAT).")
    boolean emitWat;

    @Option(names = "--dump-ir", description = "Also write the IR of every compiled method.")
    boolean dumpIr;

    @Option(names = "--verify-ir", description = "Verify the IR after the frontend and after every optimizer pass (slower).")
    boolean verifyIr;

    @Option(names = "--no-ir-passes",
            description = "Skip the optimizer's passes on the IR (inlining, constant propagation, check removal...); the type"
                    + " flow still prunes what cannot run. For comparing behaviour with and without them.")
    boolean noIrPasses;

    @Option(names = "--jdk", paramLabel = "JDK-HOME",
            description = "The JDK (9 or later) whose class library the program is compiled against (default: the JDK running Kiln).")
    Path jdk;

    @Option(names = "--names", paramLabel = "LEVEL", defaultValue = "functions",
            description = "What the module's name section holds: none, functions (default: Java method names in engine"
                    + " traces and profiles) or all (also locals, types, fields and globals, for debuggers).")
    String names;

    @Option(names = {"-v", "--verbose"}, description = "Print the time each phase of the compilation took, on standard error.")
    boolean verbose;

    @Option(names = "-O", paramLabel = "LEVEL",
            description = "Optimise the module with Binaryen, as wasm-opt -O<LEVEL> does: 1 to 4, s (size) or z (smaller"
                    + " still); 0 (the default, unless --release) does not. Binaryen is built once per machine by"
                    + " tools/binaryen/build.sh; without it the module is written unoptimised, with a warning."
                    + " With s or z, Kiln's own inliner also holds back, copying only the smallest methods."
                    + " --emit-wat shows the module before Binaryen.")
    String optimize;

    @Option(names = "--release", description = "A release build: Binaryen's -O2 unless -O gives another level.")
    boolean release;

    @Option(names = "--no-binaryen", description = "Do not run Binaryen, whatever -O or --release say.")
    boolean noBinaryen;

    @Option(names = "--why", paramLabel = "METHOD",
            description = "Print on standard error why the module has the first method whose name starts with METHOD"
                    + " (a prefix such as java.util.regex.Pattern.compile or sun.util.cldr.): a shortest chain of calls"
                    + " and class initialisations that leads there from main (for the factory of a failing check, from the"
                    + " method with the check; for dev.kiln.runtime.Startup.uncaught, the exceptions that may escape main)."
                    + " May be given more than once.")
    List<String> why = new ArrayList<>();

    @Parameters(arity = "1..*", paramLabel = "JAR-OR-DIR", description = "The program's class path.")
    List<Path> classpath;

    @Override
    public Integer call() throws IOException {
        CompileResult result = compile(new CompileOptions(classpath, mainClasses, emitWat, dumpIr, verifyIr, jdk, namesLevel(names),
                optimization(optimize, release, noBinaryen), !noIrPasses));
        for (String warning : result.warnings()) System.err.println("kiln: warning: " + warning);
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.write(output, result.wasm());
        if (result.wat() != null) Files.writeString(sibling(output, ".wat"), result.wat());
        if (result.irDump() != null) Files.writeString(sibling(output, ".ir"), result.irDump());
        for (String prefix : why) {
            List<MethodRef> chain = result.reached().why(prefix);
            if (chain.isEmpty()) {
                System.err.println("kiln: --why " + prefix + ": the module has no method whose name starts so");
                continue;
            }
            StringBuilder sb = new StringBuilder("kiln: why " + chain.get(0) + ":");
            for (MethodRef m : chain.subList(1, chain.size())) sb.append("\n  reached from ").append(m);
            if (chain.size() == 1) sb.append(" the type flow starts there (an entry point, a hook, a static initializer _start runs)");
            List<String> escaping = result.reached().escapingMain(chain);
            if (!escaping.isEmpty()) sb.append("\n  which runs when one of these may escape main: ").append(String.join(", ", escaping));
            System.err.println(sb);
        }
        if (verbose) {
            long total = 0;
            for (CompileResult.PhaseTime p : result.phases()) {
                System.err.println("kiln: " + p);
                total += p.nanos();
            }
            System.err.println("kiln: total " + total / 1_000_000 + " ms, " + result.wasm().length + " bytes written to " + output);
        }
        return 0;
    }

    /** The {@code --names} level; an unknown one is a one-line usage error. */
    static ModuleNames namesLevel(String level) {
        return switch (level) {
            case "none" -> ModuleNames.NONE;
            case "functions" -> ModuleNames.FUNCTIONS;
            case "all" -> ModuleNames.ALL;
            default -> throw new CommandLine.ParameterException(new CommandLine(new CompileCommand()),
                    "--names: expected none, functions or all, not '" + level + "'");
        };
    }

    /**
     * What Binaryen does: nothing with {@code --no-binaryen}; else the {@code -O} level if given; else {@code -O2} for a
     * {@code --release} build and nothing otherwise (a development build: compile time first).
     */
    static WasmOptimization optimization(String level, boolean release, boolean noBinaryen) {
        WasmOptimization chosen = level != null ? optimizationLevel(level) : release ? WasmOptimization.O2 : WasmOptimization.NONE;
        return noBinaryen ? WasmOptimization.NONE : chosen;
    }

    static WasmOptimization optimizationLevel(String level) {
        try {
            return WasmOptimization.ofLevel(level);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(new CommandLine(new CompileCommand()),
                    "-O: expected 0 to 4, s or z, not '" + level + "'");
        }
    }

    /** Compiles after checking the inputs exist, so a typo is one clear line, not a stack trace. */
    static CompileResult compile(CompileOptions options) {
        for (Path p : options.classpath()) {
            if (!Files.exists(p)) throw new UserError("no such file or directory: " + p);
        }
        return Kiln.compile(options);
    }

    private static Path sibling(Path wasm, String extension) {
        String name = wasm.getFileName().toString();
        String base = name.endsWith(".wasm") ? name.substring(0, name.length() - 5) : name;
        return wasm.resolveSibling(base + extension);
    }
}
