package dev.kiln.frontend.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.frontend.model.fixtures.Resolution;
import dev.kiln.ir.JType;
import org.junit.jupiter.api.Test;

class TypeMergeTest {
    private static final JType BASE = JType.object(Resolution.Base.class.getName());
    private static final JType DERIVED = JType.object(Resolution.Derived.class.getName());
    private static final JType LEAF = JType.object(Resolution.Leaf.class.getName());
    private static final JType SIBLING = JType.object(Resolution.Sibling.class.getName());
    private static final JType CONSTANT = JType.object(Resolution.HasConstant.class.getName());
    private static final JType INT_ARRAY = JType.array(JType.INT);
    private final ClassHierarchy h = TestHierarchy.over();

    @Test
    void classesMergeToTheNearestCommonSuperclass() {
        assertEquals(BASE, h.commonSupertype(LEAF, SIBLING));
        assertEquals(DERIVED, h.commonSupertype(DERIVED, LEAF));
        assertEquals(DERIVED, h.commonSupertype(LEAF, DERIVED));
        assertEquals(JType.OBJECT, h.commonSupertype(BASE, JType.STRING));
        assertEquals(LEAF, h.commonSupertype(JType.NULL, LEAF));
    }

    @Test
    void interfacesMergeToObject() {
        assertEquals(JType.OBJECT, h.commonSupertype(DERIVED, CONSTANT));
        assertEquals(CONSTANT, h.commonSupertype(CONSTANT, CONSTANT));
    }

    @Test
    void arraysMergeComponentWiseOnlyForReferences() {
        assertEquals(JType.array(BASE), h.commonSupertype(JType.array(LEAF), JType.array(SIBLING)));
        assertEquals(JType.array(JType.OBJECT), h.commonSupertype(JType.array(JType.OBJECT), JType.array(INT_ARRAY)));
        assertEquals(JType.OBJECT, h.commonSupertype(INT_ARRAY, JType.array(JType.LONG)));
        assertEquals(JType.OBJECT, h.commonSupertype(INT_ARRAY, JType.array(INT_ARRAY)));
        assertEquals(JType.OBJECT, h.commonSupertype(INT_ARRAY, BASE));
    }

    @Test
    void assignabilityCountsInterfacesAndCovariantArrays() {
        assertTrue(h.isAssignable(LEAF, CONSTANT));
        assertTrue(h.isAssignable(JType.NULL, INT_ARRAY));
        assertTrue(h.isAssignable(JType.array(LEAF), JType.array(BASE)));
        assertTrue(h.isAssignable(INT_ARRAY, JType.object("java.lang.Cloneable")));
        assertFalse(h.isAssignable(BASE, DERIVED));
        assertFalse(h.isAssignable(INT_ARRAY, JType.array(JType.LONG)));
        assertFalse(h.isAssignable(INT_ARRAY, JType.array(JType.OBJECT)));
        assertFalse(h.isAssignable(JType.INT, JType.OBJECT));
    }
}
