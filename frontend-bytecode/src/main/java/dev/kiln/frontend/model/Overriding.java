package dev.kiln.frontend.model;

/**
 * JVMS 5.4.5 overriding and 5.4.6 selection. A public or protected method can be overridden from
 * anywhere; a package-private one only from its own run-time package, or through an intermediate
 * class's method that itself overrides it (so a subclass in another package can still override the
 * public re-declaration of a package-private method); a private or static one never.
 */
final class Overriding {
    private final ClassHierarchy h;

    Overriding(ClassHierarchy h) {
        this.h = h;
    }

    boolean canOverride(MethodInfo mC, MethodInfo mA) {
        if (mC.isStatic() || mA.isStatic() || mC.isPrivate() || mA.isPrivate()) return false;
        if (!mC.ref().sameNameAndSig(mA.ref())) return false;
        if (mA.isPublic() || mA.isProtected()) return true;
        if (mC.owner().packageName().equals(mA.owner().packageName())) return true;
        ClassInfo a = mA.owner();
        for (ClassInfo b = h.superclass(mC.owner()); b != null && b != a && h.isSubclassOf(b, a); b = h.superclass(b)) {
            MethodInfo mB = b.method(mA.name(), mA.ref().sig());
            if (mB != null && canOverride(mC, mB) && canOverride(mB, mA)) return true;
        }
        return false;
    }

    MethodInfo select(ClassInfo receiver, MethodInfo resolved) {
        if (resolved.isPrivate()) return resolved;
        for (ClassInfo k = receiver; k != null; k = h.superclass(k)) {
            MethodInfo m = k.method(resolved.name(), resolved.ref().sig());
            if (m != null && (m == resolved || canOverride(m, resolved))) return m;
        }
        return SuperinterfaceMethods.soleNonAbstract(
                SuperinterfaceMethods.maximallySpecific(h, receiver, resolved.name(), resolved.ref().sig()));
    }
}
