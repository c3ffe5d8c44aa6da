package dev.kiln.frontend.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which static initializers run when a class is initialised, per JVMS 5.5: for a class, first its
 * superclass (recursively), then every superinterface reached through its own interfaces that declares a
 * non-abstract, non-static method (a default method makes the interface's state observable), in the
 * order of the recursive enumeration of step 7, then the class itself. An interface's initialisation
 * runs only its own initializer. Only classes with a {@code <clinit>} are listed: the others' initialisation
 * does nothing observable.
 */
final class Initialization {
    private final ClassHierarchy h;

    Initialization(ClassHierarchy h) {
        this.h = h;
    }

    List<ClassInfo> initializedWith(ClassInfo c) {
        Set<ClassInfo> out = new LinkedHashSet<>();
        add(c, out);
        return new ArrayList<>(out);
    }

    private void add(ClassInfo c, Set<ClassInfo> out) {
        if (!c.isInterface()) {
            ClassInfo s = h.superclass(c);
            if (s != null) add(s, out);
            Set<ClassInfo> superinterfaces = new LinkedHashSet<>();
            for (String i : c.interfaces()) enumerate(h.find(i), superinterfaces);
            for (ClassInfo i : superinterfaces) {
                if (isInitializedWithImplementors(i) && i.hasStaticInitializer()) out.add(i);
            }
        }
        if (c.hasStaticInitializer()) out.add(c);
    }

    /** Step 7's order: an interface's superinterfaces (in class file order) before the interface itself. */
    private void enumerate(ClassInfo i, Set<ClassInfo> out) {
        for (String s : i.interfaces()) enumerate(h.find(s), out);
        out.add(i);
    }

    /** An interface that declares a non-abstract, non-static method (default or private): step 7 initialises it with its implementors. */
    static boolean isInitializedWithImplementors(ClassInfo i) {
        if (!i.isInterface()) return false;
        for (MethodInfo m : i.methods()) if (!m.isAbstract() && !m.isStatic()) return true;
        return false;
    }
}
