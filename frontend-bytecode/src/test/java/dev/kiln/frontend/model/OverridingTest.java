package dev.kiln.frontend.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.frontend.model.fixtures.Resolution;
import dev.kiln.frontend.model.fixtures.a.PkgBase;
import dev.kiln.frontend.model.fixtures.a.PkgMiddle;
import dev.kiln.frontend.model.fixtures.b.PkgLeaf;
import dev.kiln.frontend.model.fixtures.b.PkgSub;
import dev.kiln.ir.JType;
import dev.kiln.ir.MethodSig;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverridingTest {
    private static final MethodSig TO_INT = new MethodSig(List.of(), JType.INT);
    private final ClassHierarchy h = TestHierarchy.over();

    private ClassInfo c(Class<?> c) {
        return h.find(c.getName());
    }

    private MethodInfo m(Class<?> owner, String name) {
        return c(owner).method(name, TO_INT);
    }

    @Test
    void packagePrivateMethodIsNotOverriddenFromAnotherPackage() {
        assertFalse(h.canOverride(m(PkgSub.class, "hidden"), m(PkgBase.class, "hidden")));
        assertSame(m(PkgBase.class, "hidden"), h.select(c(PkgSub.class), m(PkgBase.class, "hidden")));
    }

    @Test
    void packagePrivateMethodIsOverriddenInItsPackageAndTransitivelyBeyond() {
        assertTrue(h.canOverride(m(PkgMiddle.class, "hidden"), m(PkgBase.class, "hidden")));
        assertTrue(h.canOverride(m(PkgLeaf.class, "hidden"), m(PkgBase.class, "hidden")));
        assertSame(m(PkgLeaf.class, "hidden"), h.select(c(PkgLeaf.class), m(PkgBase.class, "hidden")));
    }

    @Test
    void privateMethodsAreNeverOverriddenAndSelectThemselves() {
        MethodInfo secret = m(Resolution.Base.class, "secret");
        assertSame(secret, h.select(c(Resolution.Derived.class), secret));
        assertFalse(h.canOverride(m(Resolution.Derived.class, "value"), secret));
    }

    @Test
    void selectionFindsClassOverridesThenDefaultMethods() {
        assertSame(m(Resolution.Derived.class, "value"), h.select(c(Resolution.Leaf.class), m(Resolution.Base.class, "value")));
        assertSame(m(Resolution.LoudGreeter.class, "greet"), h.select(c(Resolution.Person.class), m(Resolution.Greeter.class, "greet")));
        assertSame(m(Resolution.Square.class, "area"), h.select(c(Resolution.Square.class), m(Resolution.Shape.class, "area")));
    }

    @Test
    void aClassMethodWinsOverAnInheritedDefault() {
        MethodInfo hashCode = h.find("java.lang.Object").method("hashCode", TO_INT);
        assertSame(hashCode, h.select(c(Resolution.Person.class), hashCode));
    }
}
