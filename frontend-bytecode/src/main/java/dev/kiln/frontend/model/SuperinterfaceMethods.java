package dev.kiln.frontend.model;

import dev.kiln.ir.MethodSig;
import java.util.ArrayList;
import java.util.List;

/**
 * The maximally-specific superinterface methods of JVMS 5.4.3.3, which both resolution and selection
 * fall back to when the class chain has no declaration: the non-private, non-static methods with the
 * name and descriptor declared in any superinterface of C (through superclasses too), minus those that a
 * subinterface re-declares.
 */
final class SuperinterfaceMethods {
    private SuperinterfaceMethods() {}

    /** In the deterministic order of {@link ClassHierarchy#supertypes}. */
    static List<MethodInfo> maximallySpecific(ClassHierarchy h, ClassInfo c, String name, MethodSig sig) {
        List<MethodInfo> candidates = new ArrayList<>();
        for (ClassInfo s : h.supertypes(c)) {
            if (!s.isInterface() || s == c) continue;
            MethodInfo m = s.method(name, sig);
            if (m != null && !m.isPrivate() && !m.isStatic()) candidates.add(m);
        }
        List<MethodInfo> out = new ArrayList<>();
        for (MethodInfo m : candidates) {
            boolean shadowed = false;
            for (MethodInfo other : candidates) {
                if (other.owner() != m.owner() && h.isSubclassOf(other.owner(), m.owner())) shadowed = true;
            }
            if (!shadowed) out.add(m);
        }
        return out;
    }

    /** The one non-abstract method among {@code methods}, or null if there are none or several. */
    static MethodInfo soleNonAbstract(List<MethodInfo> methods) {
        MethodInfo found = null;
        for (MethodInfo m : methods) {
            if (m.isAbstract()) continue;
            if (found != null) return null;
            found = m;
        }
        return found;
    }
}
