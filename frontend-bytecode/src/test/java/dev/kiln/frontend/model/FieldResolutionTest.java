package dev.kiln.frontend.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.frontend.model.fixtures.Resolution;
import dev.kiln.ir.CompileError;
import dev.kiln.ir.FieldRef;
import dev.kiln.ir.JType;
import org.junit.jupiter.api.Test;

class FieldResolutionTest {
    private static final String BASE = Resolution.Base.class.getName();
    private static final String DERIVED = Resolution.Derived.class.getName();
    private final ClassHierarchy h = TestHierarchy.over();

    @Test
    void inheritedFieldResolvesToTheDeclaringSuperclass() {
        assertEquals(new FieldRef(BASE, "x", JType.INT),
                h.resolveField(Resolution.Leaf.class.getName(), "x", JType.INT, false, TestHierarchy.SITE));
    }

    @Test
    void superinterfacesAreSearchedBeforeTheSuperclass() {
        assertEquals(new FieldRef(Resolution.HasConstant.class.getName(), "C", JType.INT),
                h.resolveField(DERIVED, "C", JType.INT, true, TestHierarchy.SITE));
        assertEquals(new FieldRef(BASE, "c", JType.INT), h.resolveField(DERIVED, "c", JType.INT, true, TestHierarchy.SITE));
    }

    @Test
    void theTypeIsPartOfTheFieldsIdentity() {
        CompileError e = assertThrows(CompileError.class, () -> h.resolveField(DERIVED, "x", JType.LONG, false, TestHierarchy.SITE));
        assertEquals("field " + DERIVED + ".x:long not found", e.diagnostics().get(0).message());
    }

    @Test
    void staticAndInstanceMismatchesAreErrors() {
        CompileError asStatic = assertThrows(CompileError.class, () -> h.resolveField(DERIVED, "x", JType.INT, true, TestHierarchy.SITE));
        assertEquals("static access to instance field " + BASE + ".x:int", asStatic.diagnostics().get(0).message());
        CompileError asInstance = assertThrows(CompileError.class, () -> h.resolveField(BASE, "c", JType.INT, false, TestHierarchy.SITE));
        assertEquals("instance access to static field " + BASE + ".c:int", asInstance.diagnostics().get(0).message());
    }
}
