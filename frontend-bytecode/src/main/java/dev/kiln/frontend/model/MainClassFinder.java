package dev.kiln.frontend.model;

import dev.kiln.frontend.classpath.ClassFile;
import dev.kiln.frontend.classpath.ClassPath;
import dev.kiln.ir.CompileError;
import dev.kiln.ir.Diagnostic;
import dev.kiln.ir.JType;
import dev.kiln.ir.MethodSig;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the program's entry when the user names none: the one class on the user's class path entries that
 * declares {@code public static void main(String[])}. Each class is only parsed, not linked, so a library
 * class whose optional dependencies are absent does not stop the search; a malformed class file does,
 * because it might be the one the user meant.
 */
public final class MainClassFinder {
    private MainClassFinder() {}

    /** The signature of {@code main}. */
    public static final MethodSig MAIN = new MethodSig(List.of(JType.array(JType.STRING)), JType.VOID);

    /** @throws CompileError if no class or several classes declare {@code main} */
    public static String find(ClassPath classPath) {
        List<String> candidates = new ArrayList<>();
        for (String internalName : classPath.userClassNames()) {
            ClassFile file = classPath.find(internalName);
            ClassInfo c = ClassFileParser.parse(file);
            if (isMain(c.method("main", MAIN))) candidates.add(c.name());
        }
        if (candidates.size() == 1) return candidates.get(0);
        throw new CompileError(Diagnostic.error(candidates.isEmpty()
                ? "no class on the class path declares public static void main(String[]); name the main class"
                : "several classes declare public static void main(String[]): " + String.join(", ", candidates)
                        + "; name the main class"));
    }

    /** True for a {@code public static void main(String[])} declaration. */
    public static boolean isMain(MethodInfo m) {
        return m != null && m.isPublic() && m.isStatic();
    }
}
