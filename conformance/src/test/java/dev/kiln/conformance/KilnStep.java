package dev.kiln.conformance;

import dev.kiln.compiler.CompileOptions;
import dev.kiln.compiler.CompileResult;
import dev.kiln.compiler.Kiln;
import dev.kiln.compiler.WasmOptimization;
import dev.kiln.ir.CompileError;
import dev.kiln.ir.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Compiles a program's classes with Kiln against the class library of the JDK the program runs against and
 * writes the module; failures carry the compiler's diagnostics.
 */
final class KilnStep {
    private KilnStep() {}

    /** The words of a compile command for {@code optimization}: none without Binaryen, else {@code -O<level>}. */
    static List<String> optimizationFlag(WasmOptimization optimization) {
        return optimization == WasmOptimization.NONE ? List.of() : List.of("-O" + optimization.level());
    }

    /** {@code reproduce} is the CLI command that repeats the compile, shown with any failure. */
    static Path compile(Program program, Path classes, Path jdk, WasmOptimization optimization, Path wasm, String reproduce)
            throws IOException {
        return compile(program.mainClass(), List.of(classes), List.of(program.mainClass()), jdk, optimization, wasm, reproduce);
    }

    /**
     * Compiles a module with one or, for a multi-call module, several main classes, optimised by Binaryen as
     * {@code optimization} says ({@code kiln.conformance.optimize}); {@code what} names it in failures.
     */
    static Path compile(String what, List<Path> classes, List<String> mainClasses, Path jdk, WasmOptimization optimization,
                        Path wasm, String reproduce) throws IOException {
        Files.deleteIfExists(wasm);
        // The running JDK's own jrt:/ is open already; another JDK's is opened through its jrt-fs.jar.
        CompileOptions options = new CompileOptions(classes, mainClasses, false, false, true, Jdks.isRunning(jdk) ? null : jdk,
                null, optimization);
        CompileResult result;
        try {
            result = Kiln.compile(options);
        } catch (CompileError e) {
            StringBuilder sb = new StringBuilder("Kiln could not compile ").append(what).append(" (")
                    .append(e.diagnostics().size()).append(e.diagnostics().size() == 1 ? " diagnostic" : " diagnostics").append("):");
            for (Diagnostic d : e.diagnostics()) {
                sb.append("\n  ").append(d.format());
            }
            throw new ConformanceFailure(sb.append("\nreproduce: ").append(reproduce).toString());
        } catch (RuntimeException | StackOverflowError e) {
            throw new ConformanceFailure("Kiln crashed compiling " + what + " (a compiler bug): " + e + "\nreproduce: " + reproduce, e);
        }
        Files.write(wasm, result.wasm());
        return wasm;
    }
}
