package dev.kiln.frontend.lift;

import dev.kiln.ir.JType;

/**
 * Joins two static types where control flow merges, the way the JVM's verifier does: equal types stay,
 * {@code null} joins any reference type to that type, two other reference types join to the class model's
 * common supertype, and anything else (an int meeting a float, a reference meeting a long) is null:
 * nothing usable.
 */
final class TypeMerger {
    private final LiftContext ctx;

    TypeMerger(LiftContext ctx) {
        this.ctx = ctx;
    }

    /** The join of {@code a} and {@code b}, either of which may be null (nothing usable). */
    JType merge(JType a, JType b) {
        if (a == null || b == null) return null;
        if (a.equals(b)) return a;
        if (!a.isReference() || !b.isReference()) return null;
        if (a.kind() == JType.Kind.NULL) return b;
        if (b.kind() == JType.Kind.NULL) return a;
        return ctx.commonSupertype(a, b);
    }
}
