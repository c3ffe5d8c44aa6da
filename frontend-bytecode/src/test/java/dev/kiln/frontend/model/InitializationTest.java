package dev.kiln.frontend.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.frontend.model.fixtures.Resolution;
import java.util.List;
import org.junit.jupiter.api.Test;

class InitializationTest {
    private final ClassHierarchy h = TestHierarchy.over();

    private List<String> initialized(Class<?> c) {
        return h.initializedWith(h.find(c.getName())).stream().map(ClassInfo::name).toList();
    }

    @Test
    void aClassIsInitialisedWithItsSuperclasses() {
        assertTrue(h.needsInitialization(Resolution.InheritsInit.class.getName()));
        assertEquals(List.of(Resolution.WithInit.class.getName()), initialized(Resolution.InheritsInit.class));
        assertFalse(h.needsInitialization(Resolution.Leaf.class.getName()));
    }

    @Test
    void superinterfacesInitialiseOnlyIfTheyDeclareDefaultMethods() {
        assertFalse(h.needsInitialization(Resolution.ImplementsInterfaceWithInit.class.getName()));
        assertEquals(List.of(Resolution.DefaultWithInit.class.getName()), initialized(Resolution.ImplementsDefaultWithInit.class));
        assertTrue(h.needsInitialization(Resolution.InterfaceWithInit.class.getName()));
    }
}
