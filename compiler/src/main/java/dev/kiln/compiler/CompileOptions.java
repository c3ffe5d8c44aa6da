package dev.kiln.compiler;

import java.nio.file.Path;
import java.util.List;

/**
 * What to compile and how.
 *
 * @param classpath   directories and jars holding the program's classes
 * @param mainClasses binary names of the classes whose {@code main(String[])} start the program; empty to find
 *                    the single class on the class path that declares one. Several make a multi-call module, in
 *                    which the name a run is started under picks the program (docs/RUNTIME-CONTRACT.md,
 *                    "Several programs in one module")
 * @param emitWat     also produce the module's WAT text
 * @param dumpIr      also produce the IR listing of every compiled method
 * @param verifyIr    run the IR verifier after the frontend and after every pass
 * @param jdk         the home of the JDK whose class library the program is compiled against (JDK 9 or later);
 *                    null for the JDK running the compiler
 * @param names       how much of the {@code name} section the module carries (function names by default)
 * @param optimization what Binaryen does to the module afterwards (nothing by default)
 * @param irPasses    run the optimizer's passes on the IR (the default); without them the IR goes from the frontend
 *                    through the type flow's pruning to the backend, to compare behaviour with and without them
 */
public record CompileOptions(List<Path> classpath, List<String> mainClasses, boolean emitWat, boolean dumpIr, boolean verifyIr,
                             Path jdk, ModuleNames names, WasmOptimization optimization, boolean irPasses) {
    public CompileOptions {
        classpath = List.copyOf(classpath);
        mainClasses = List.copyOf(mainClasses);
        if (names == null) names = ModuleNames.FUNCTIONS;
        if (optimization == null) optimization = WasmOptimization.NONE;
    }

    /** Options with the optimizer's passes. */
    public CompileOptions(List<Path> classpath, List<String> mainClasses, boolean emitWat, boolean dumpIr, boolean verifyIr,
                          Path jdk, ModuleNames names, WasmOptimization optimization) {
        this(classpath, mainClasses, emitWat, dumpIr, verifyIr, jdk, names, optimization, true);
    }

    /** Options without Binaryen. */
    public CompileOptions(List<Path> classpath, List<String> mainClasses, boolean emitWat, boolean dumpIr, boolean verifyIr,
                          Path jdk, ModuleNames names) {
        this(classpath, mainClasses, emitWat, dumpIr, verifyIr, jdk, names, WasmOptimization.NONE);
    }

    /** Options for a program with one {@code main}: {@code mainClass}'s, or if it is null the only one on the class path. */
    public CompileOptions(List<Path> classpath, String mainClass, boolean emitWat, boolean dumpIr, boolean verifyIr, Path jdk,
                          ModuleNames names) {
        this(classpath, mainClass == null ? List.of() : List.of(mainClass), emitWat, dumpIr, verifyIr, jdk, names);
    }

    /** Options with function names only in the module's name section. */
    public CompileOptions(List<Path> classpath, String mainClass, boolean emitWat, boolean dumpIr, boolean verifyIr, Path jdk) {
        this(classpath, mainClass, emitWat, dumpIr, verifyIr, jdk, ModuleNames.FUNCTIONS);
    }

    /** Options compiling against the class library of the JDK running the compiler. */
    public CompileOptions(List<Path> classpath, String mainClass, boolean emitWat, boolean dumpIr, boolean verifyIr) {
        this(classpath, mainClass, emitWat, dumpIr, verifyIr, null);
    }

    public static CompileOptions of(List<Path> classpath, String mainClass) {
        return new CompileOptions(classpath, mainClass, false, false, true);
    }
}
