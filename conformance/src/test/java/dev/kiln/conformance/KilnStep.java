package dev.kiln.conformance;

import dev.kiln.compiler.CompileOptions;
import dev.kiln.compiler.CompileResult;
import dev.kiln.compiler.Kiln;
import dev.kiln.ir.CompileError;
import dev.kiln.ir.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Compiles a program's classes with Kiln and writes the module; failures carry the compiler's diagnostics. */
final class KilnStep {
    private KilnStep() {}

    static Path compile(Program program, Path classes, Path wasm) throws IOException {
        Files.deleteIfExists(wasm);
        CompileResult result;
        try {
            result = Kiln.compile(CompileOptions.of(List.of(classes), program.mainClass()));
        } catch (CompileError e) {
            StringBuilder sb = new StringBuilder("Kiln could not compile ").append(program.mainClass()).append(" (")
                    .append(e.diagnostics().size()).append(e.diagnostics().size() == 1 ? " diagnostic" : " diagnostics").append("):");
            for (Diagnostic d : e.diagnostics()) {
                sb.append("\n  ").append(d.format());
            }
            throw new AssertionError(sb.toString(), e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("Kiln crashed compiling " + program.mainClass() + " (a compiler bug): " + e, e);
        }
        Files.write(wasm, result.wasm());
        return wasm;
    }
}
