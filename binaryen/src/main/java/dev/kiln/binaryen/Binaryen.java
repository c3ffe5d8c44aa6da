package dev.kiln.binaryen;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Binaryen in-process, through Kiln's JNI shim ({@code src/main/native/kiln_binaryen.cpp}) over the native
 * {@code libbinaryen} 132 that {@code tools/binaryen/build.sh} builds once per machine (docs/BINARYEN.md). The Maven
 * build compiles the shim into this jar when the library is there; {@link #load()} then loads it, and otherwise says
 * why not, so that the compiler can go on without Binaryen.
 *
 * <p>Modules are read with exactly the proposals Kiln's output uses (GC, reference types, exception handling, tail
 * calls, bulk memory, non-trapping float-to-int, sign extension, multivalue, mutable globals), never Binaryen's
 * {@code all}, whose exact heap types engines reject. Binaryen's options are process-wide, so the calls are
 * serialised.
 */
public final class Binaryen {
    /** Where the shim is in the jar. */
    static final String SHIM = "/native/linux-x86_64/libkilnbinaryen.so";

    private static Binaryen instance;
    private static String unavailable;

    private Binaryen() {}

    /**
     * The loaded library, or null if it is not available here: {@link #unavailableReason()} says why (the library
     * was not built on this machine, or does not load).
     */
    public static synchronized Binaryen load() {
        if (instance != null || unavailable != null) return instance;
        try (InputStream in = Binaryen.class.getResourceAsStream(SHIM)) {
            if (in == null) {
                unavailable = "Kiln was built without Binaryen (run tools/binaryen/build.sh, then rebuild)";
                return null;
            }
            Path file = Files.createTempFile("kilnbinaryen", ".so");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            System.load(file.toString());
            instance = new Binaryen();
        } catch (IOException | UnsatisfiedLinkError e) {
            unavailable = "Binaryen does not load: " + e.getMessage();
        }
        return instance;
    }

    /** Why {@link #load()} returned null; null if it did not. */
    public static synchronized String unavailableReason() {
        return unavailable;
    }

    /** Throws if Binaryen cannot read the module or finds it invalid. */
    public void validate(byte[] wasm) throws BinaryenException {
        String problem;
        synchronized (Binaryen.class) {
            problem = validate0(wasm);
        }
        if (problem != null) throw new BinaryenException(problem);
    }

    /**
     * The module optimised as {@code wasm-opt -O<optimizeLevel>} would (with {@code shrinkLevel} 1 for {@code -Os}, 2
     * for {@code -Oz}), the closed-world passes (type refining, GUFA, type merging, unsubtyping) included if
     * {@code closedWorld}; the name section kept if {@code names}. Validated before and after.
     */
    public byte[] optimize(byte[] wasm, int optimizeLevel, int shrinkLevel, boolean closedWorld, boolean names)
            throws BinaryenException {
        if (optimizeLevel < 0 || optimizeLevel > 4 || shrinkLevel < 0 || shrinkLevel > 2) {
            throw new IllegalArgumentException("optimize level " + optimizeLevel + ", shrink level " + shrinkLevel);
        }
        synchronized (Binaryen.class) {
            return optimize0(wasm, optimizeLevel, shrinkLevel, closedWorld, names);
        }
    }

    private static native String validate0(byte[] wasm) throws BinaryenException;

    private static native byte[] optimize0(byte[] wasm, int optimizeLevel, int shrinkLevel, boolean closedWorld,
                                           boolean debugInfo) throws BinaryenException;
}
