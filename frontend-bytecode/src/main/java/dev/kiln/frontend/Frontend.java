package dev.kiln.frontend;

import dev.kiln.frontend.classpath.ClassPath;
import dev.kiln.frontend.model.ClassHierarchy;
import dev.kiln.frontend.model.ClassInfo;
import dev.kiln.frontend.model.MainClassFinder;
import dev.kiln.frontend.model.MethodInfo;
import dev.kiln.frontend.reach.RapidTypeAnalysis;
import dev.kiln.frontend.reach.Roots;
import dev.kiln.ir.CompileError;
import dev.kiln.ir.Diagnostic;
import dev.kiln.ir.IrProgram;
import dev.kiln.ir.MethodRef;
import java.util.ArrayList;
import java.util.List;

/**
 * The bytecode frontend: class files in, the reachable program as SSA IR out. It finds classes on the class
 * path ({@code classpath}), reads them into Kiln's own model ({@code model}), and lifts exactly the methods
 * rapid type analysis finds reachable from {@code main} and the extra roots ({@code reach}, {@code lift}).
 * Nothing of the input is loaded into the compiler's JVM, and no ASM type leaves this module.
 *
 * <p>The {@link IrProgram} it returns is described in {@code dev.kiln.frontend.reach.ProgramAssembler}: in
 * short, every class a kept type names is present, after its supertypes; instance fields are all there;
 * methods are those that can run plus the dispatch slots of virtual and interface calls. A slot that no
 * instantiated class selects has no body even when it is not abstract.
 */
public final class Frontend {
    private Frontend() {}

    /**
     * @throws CompileError with every problem found: a missing class path entry, no or several main classes,
     *                      malformed class files, and unresolved references, unsupported bytecode or unbound
     *                      natives in reachable code, each with the call chain that reached it
     */
    public static IrProgram compile(FrontendOptions options) {
        try (ClassPath classPath = new ClassPath(options.runtimeLoader(), options.runtimePrefix(), options.classPath(),
                options.jdkHome())) {
            ClassHierarchy hierarchy = new ClassHierarchy(classPath);
            List<String> mainClasses = options.mainClasses().isEmpty() ? List.of(MainClassFinder.find(classPath)) : options.mainClasses();
            List<MethodRef> entryPoints = new ArrayList<>();
            for (String mainClass : mainClasses) {
                MethodRef entry = entryPoint(hierarchy, mainClass);
                if (entryPoints.contains(entry)) throw new CompileError(Diagnostic.error("main class " + mainClass + " is named twice"));
                entryPoints.add(entry);
            }
            Roots roots = new Roots(entryPoints, options.extraRoots(), options.extraInstantiated());
            return RapidTypeAnalysis.analyze(hierarchy, roots);
        }
    }

    private static MethodRef entryPoint(ClassHierarchy hierarchy, String mainClass) {
        ClassInfo c = hierarchy.find(mainClass);
        if (c == null) throw new CompileError(Diagnostic.error("main class " + mainClass + " not found on the class path"));
        MethodInfo main = c.method("main", MainClassFinder.MAIN);
        if (!MainClassFinder.isMain(main)) {
            throw new CompileError(Diagnostic.error("main class " + mainClass + " does not declare public static void main(String[])"));
        }
        return main.ref();
    }
}
