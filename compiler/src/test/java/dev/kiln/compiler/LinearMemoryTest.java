package dev.kiln.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.kiln.backend.LinearMemory;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The backend and the runtime library share the linear memory's layout: the runtime's overflow area for host data
 * must start where the backend's shadow stack ends, or a large host call would overwrite stack frames. The runtime's
 * constants are read from its class files (runtime-lib's classes are resources, not classes of this JVM).
 */
class LinearMemoryTest {
    @Test
    void theRuntimesHostDataStartsWhereTheShadowStackEnds() throws IOException {
        assertEquals(LinearMemory.HOST_OVERFLOW, constant("dev/kiln/runtime/Wasi", "OVERFLOW"));
        assertEquals(LinearMemory.PAGE_SIZE, constant("dev/kiln/runtime/Memory", "PAGE_SIZE"));
        assertEquals(LinearMemory.PAGE_SIZE, LinearMemory.SHADOW_STACK_BASE, "page 0 is the runtime's scratch page");
        assertEquals(10, LinearMemory.INITIAL_PAGES);
    }

    private static Object constant(String className, String field) throws IOException {
        Map<String, Object> values = new HashMap<>();
        try (InputStream in = LinearMemoryTest.class.getClassLoader().getResourceAsStream("META-INF/kiln-runtime/" + className + ".class")) {
            assertNotNull(in, className + " is not among runtime-lib's classes");
            new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                    if (value != null) values.put(name, value);
                    return null;
                }
            }, ClassReader.SKIP_CODE);
        }
        assertNotNull(values.get(field), className + "." + field + " is no constant");
        return values.get(field);
    }
}
