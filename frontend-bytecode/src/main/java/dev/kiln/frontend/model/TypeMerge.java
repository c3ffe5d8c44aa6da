package dev.kiln.frontend.model;

import dev.kiln.ir.JType;

/**
 * The two type questions the lifter asks. {@link #commonSupertype} merges like the JVM's type-checking
 * verifier (JVMS 4.10.1.2): the nearest common superclass of two classes, java.lang.Object as soon as an
 * interface is involved, component-wise for arrays of references and Object for any other mix of arrays.
 * {@link #isAssignable} is Java's widening reference conversion, where interfaces do count.
 */
final class TypeMerge {
    private final ClassHierarchy h;

    TypeMerge(ClassHierarchy h) {
        this.h = h;
    }

    JType commonSupertype(JType a, JType b) {
        if (!a.isReference() || !b.isReference()) throw new IllegalArgumentException("not reference types: " + a + ", " + b);
        if (a.equals(b) || b.kind() == JType.Kind.NULL) return a;
        if (a.kind() == JType.Kind.NULL) return b;
        if (a.isArray() && b.isArray()) {
            JType ca = a.component(), cb = b.component();
            return ca.isReference() && cb.isReference() ? JType.array(commonSupertype(ca, cb)) : JType.OBJECT;
        }
        if (a.isArray() || b.isArray()) return JType.OBJECT;
        ClassInfo x = h.require(a.className(), ClassHierarchy.NOWHERE);
        ClassInfo y = h.require(b.className(), ClassHierarchy.NOWHERE);
        if (x.isInterface() || y.isInterface()) return JType.OBJECT;
        ClassInfo k = x;
        while (!h.isSubclassOf(y, k)) k = h.superclass(k);
        return JType.object(k.name());
    }

    boolean isAssignable(JType from, JType to) {
        if (from.equals(to)) return true;
        if (from.kind() == JType.Kind.NULL) return to.isReference();
        if (!from.isReference() || !to.isReference()) return false;
        if (to.isClass()) {
            String t = to.className();
            if (from.isArray()) return t.equals("java.lang.Object") || t.equals("java.lang.Cloneable") || t.equals("java.io.Serializable");
            return h.isSubclassOf(h.require(from.className(), ClassHierarchy.NOWHERE), h.require(t, ClassHierarchy.NOWHERE));
        }
        if (!from.isArray()) return false;
        JType fc = from.component(), tc = to.component();
        return fc.isReference() && tc.isReference() ? isAssignable(fc, tc) : fc.equals(tc);
    }
}
