package dev.kiln.compiler;

import dev.kiln.opt.flow.ReachChains;
import java.util.List;

/**
 * A compiled module.
 *
 * @param wasm   the binary module
 * @param wat    its text form, or null unless requested
 * @param irDump the IR listing, or null unless requested
 * @param phases the wall-clock time each phase of the compilation took, in pipeline order
 * @param reached why the optimizer's type flow kept each method it kept ({@code kiln compile --why})
 * @param warnings what the compiler could not do but the module is valid without (Binaryen missing), one line each
 */
public record CompileResult(byte[] wasm, String wat, String irDump, List<PhaseTime> phases, ReachChains reached,
                            List<String> warnings) {
    public CompileResult {
        phases = List.copyOf(phases);
        warnings = List.copyOf(warnings);
    }

    /** One phase of the pipeline ({@code frontend}, {@code passes}, {@code type flow}, ...) and its wall-clock time. */
    public record PhaseTime(String phase, long nanos) {
        /** {@code frontend 1234 ms}. */
        @Override
        public String toString() {
            return phase + " " + nanos / 1_000_000 + " ms";
        }
    }
}
