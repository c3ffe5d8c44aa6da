package dev.kiln.frontend.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.ir.CompileError;
import dev.kiln.ir.Diagnostic;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/** Every class file version from Java 1.1 to 25 is read; anything else is one diagnostic naming the file. */
class ClassFileVersionTest {
    @TempDir
    Path temp;

    private static byte[] classFile(int version) {
        ClassWriter w = new ClassWriter(0);
        w.visit(version, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, "p/Versioned", null, "java/lang/Object", null);
        w.visitEnd();
        return w.toByteArray();
    }

    private ClassInfo load(int version) throws Exception {
        TestHierarchy.write(temp, "p/Versioned", classFile(version));
        return TestHierarchy.over(temp).find("p.Versioned");
    }

    private Diagnostic rejection(int version) throws Exception {
        TestHierarchy.write(temp, "p/Versioned", classFile(version));
        ClassHierarchy h = TestHierarchy.over(temp);
        Diagnostic d = assertThrows(CompileError.class, () -> h.find("p.Versioned")).diagnostics().get(0);
        assertEquals(temp.resolve("p/Versioned.class").toString(), d.file());
        return d;
    }

    @ParameterizedTest
    @ValueSource(ints = {Opcodes.V1_1, Opcodes.V1_2, Opcodes.V1_3, Opcodes.V1_4, Opcodes.V1_5, Opcodes.V1_6, Opcodes.V1_7,
            Opcodes.V1_8, Opcodes.V9, Opcodes.V11, Opcodes.V17, Opcodes.V21, Opcodes.V24, Opcodes.V25})
    void readsEveryVersionUpToJava25(int version) throws Exception {
        assertEquals("p.Versioned", load(version).name());
    }

    @Test
    void newerThanJava25IsRejected() throws Exception {
        assertEquals("class file version 70.0 (Java 26) is newer than Kiln reads: versions 45 to 69 (Java 25)",
                rejection(Opcodes.V26).message());
    }

    @Test
    void olderThanJava1IsRejected() throws Exception {
        assertEquals("class file version 44.0 is older than any Java release (the oldest is 45.0)", rejection(44).message());
    }

    @Test
    void previewFeaturesAreRejected() throws Exception {
        assertEquals("class file version 69.65535 uses preview features of Java 25, which Kiln does not compile",
                rejection(Opcodes.V25 | Opcodes.V_PREVIEW).message());
    }

    @Test
    void minorVersionOtherThanZeroIsInvalidFromJava12() throws Exception {
        assertEquals("invalid class file version 61.3 (from version 56 on, the minor version is 0 or 65535)",
                rejection(Opcodes.V17 | 3 << 16).message());
    }

    @Test
    void anyMinorVersionIsFineBeforeJava12() throws Exception {
        assertEquals("p.Versioned", load(Opcodes.V1_8 | 3 << 16).name());
    }

    @Test
    void fileEndingInsideTheVersionIsMalformed() throws Exception {
        TestHierarchy.write(temp, "p/Short", new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0});
        ClassHierarchy h = TestHierarchy.over(temp);
        assertEquals("malformed class file (truncated before its version)",
                assertThrows(CompileError.class, () -> h.find("p.Short")).diagnostics().get(0).message());
    }
}
