package dev.kiln.compiler;

import java.nio.file.Path;
import java.util.List;

/**
 * What to compile and how.
 *
 * @param classpath  directories and jars holding the program's classes
 * @param mainClass  binary name of the class whose {@code main(String[])} starts the program; null to find
 *                   the single class on the class path that declares one
 * @param emitWat    also produce the module's WAT text
 * @param dumpIr     also produce the IR listing of every compiled method
 * @param verifyIr   run the IR verifier after the frontend and after every pass
 * @param jdk        the home of the JDK whose class library the program is compiled against (JDK 9 or later);
 *                   null for the JDK running the compiler
 * @param names      how much of the {@code name} section the module carries (function names by default)
 */
public record CompileOptions(List<Path> classpath, String mainClass, boolean emitWat, boolean dumpIr, boolean verifyIr,
                             Path jdk, ModuleNames names) {
    public CompileOptions {
        classpath = List.copyOf(classpath);
        if (names == null) names = ModuleNames.FUNCTIONS;
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
