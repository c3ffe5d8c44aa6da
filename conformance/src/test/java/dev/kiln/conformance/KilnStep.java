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
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a program's classes with Kiln against the class library of the JDK the program runs against and
 * writes the module; failures carry the compiler's diagnostics.
 */
final class KilnStep {
    private KilnStep() {}

    /**
     * How every module of a run is built: Binaryen's optimisation ({@code kiln.conformance.optimize}) and whether the
     * optimizer's passes run ({@code kiln.conformance.passes}).
     */
    record Build(WasmOptimization optimization, boolean irPasses) {
        /** The words of a compile command for this build: none for the default one, else {@code -O<level>}, {@code --no-ir-passes}. */
        List<String> flags() {
            List<String> out = new ArrayList<>();
            if (optimization != WasmOptimization.NONE) out.add("-O" + optimization.level());
            if (!irPasses) out.add("--no-ir-passes");
            return out;
        }

        boolean isDefault() {
            return flags().isEmpty();
        }
    }

    /** {@code reproduce} is the CLI command that repeats the compile, shown with any failure. */
    static Path compile(Program program, Path classes, Path jdk, Build build, Path wasm, String reproduce)
            throws IOException {
        return compile(program.mainClass(), List.of(classes), List.of(program.mainClass()), jdk, build, wasm, reproduce);
    }

    /**
     * Compiles a module with one or, for a multi-call module, several main classes, built as {@code build} says;
     * {@code what} names it in failures.
     */
    static Path compile(String what, List<Path> classes, List<String> mainClasses, Path jdk, Build build,
                        Path wasm, String reproduce) throws IOException {
        Files.deleteIfExists(wasm);
        // The running JDK's own jrt:/ is open already; another JDK's is opened through its jrt-fs.jar.
        CompileOptions options = new CompileOptions(classes, mainClasses, false, false, true, Jdks.isRunning(jdk) ? null : jdk,
                null, build.optimization(), build.irPasses());
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
