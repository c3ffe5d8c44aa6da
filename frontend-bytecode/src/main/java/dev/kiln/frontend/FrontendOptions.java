package dev.kiln.frontend;

import dev.kiln.ir.MethodRef;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What the frontend reads and where the program starts.
 *
 * @param classPath         the user's directories and jars, searched in order after the runtime library
 * @param runtimeLoader     sees the runtime library's class files as resources under {@code runtimePrefix}
 *                          (the driver passes its own loader, which has the kiln-runtime-lib jar)
 * @param runtimePrefix     the resource folder of the runtime classes, normally {@link #RUNTIME_PREFIX}
 * @param mainClasses       binary names of the classes whose {@code main(String[])} start the program (several
 *                          make a multi-call module), or empty to use the single class on {@code classPath} that
 *                          declares one
 * @param extraRoots        methods the generated code calls without Java code calling them (the runtime
 *                          hooks of docs/RUNTIME-CONTRACT.md), each named by its declaring class
 * @param extraInstantiated binary names of classes the generated code allocates itself (for example the
 *                          exceptions it throws), so that calls on them dispatch to their overrides
 * @param jdkHome           the home of the JDK whose class library the program is compiled against, or null
 *                          for the JDK running the compiler
 */
public record FrontendOptions(List<Path> classPath, ClassLoader runtimeLoader, String runtimePrefix, List<String> mainClasses,
                              List<MethodRef> extraRoots, List<String> extraInstantiated, Path jdkHome) {
    /** Where runtime-lib's jar stores its class files. */
    public static final String RUNTIME_PREFIX = "META-INF/kiln-runtime/";

    public FrontendOptions {
        classPath = List.copyOf(classPath);
        mainClasses = List.copyOf(mainClasses);
        Objects.requireNonNull(runtimeLoader, "runtimeLoader");
        Objects.requireNonNull(runtimePrefix, "runtimePrefix");
        extraRoots = List.copyOf(extraRoots);
        extraInstantiated = List.copyOf(extraInstantiated);
    }

    /** Options compiling against the class library of the JDK running the compiler. */
    public FrontendOptions(List<Path> classPath, ClassLoader runtimeLoader, String runtimePrefix, String mainClass,
                           List<MethodRef> extraRoots, List<String> extraInstantiated) {
        this(classPath, runtimeLoader, runtimePrefix, mainClass == null ? List.of() : List.of(mainClass), extraRoots,
                extraInstantiated, null);
    }
}
