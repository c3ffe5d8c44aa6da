package dev.kiln.frontend.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.frontend.model.fixtures.Resolution;
import dev.kiln.ir.CompileError;
import dev.kiln.ir.Diagnostic;
import dev.kiln.ir.Flag;
import dev.kiln.ir.JType;
import dev.kiln.ir.MethodSig;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.Opcodes;

class ClassLoadingTest {
    @TempDir
    Path temp;

    @Test
    void readsDeclarationsInBinaryNames() {
        ClassInfo c = TestHierarchy.over().find(Resolution.Derived.class.getName());
        assertEquals("dev.kiln.frontend.model.fixtures.Resolution$Derived", c.name());
        assertEquals(Resolution.Base.class.getName(), c.superName());
        assertEquals(List.of(Resolution.HasConstant.class.getName()), c.interfaces());
        assertEquals(Set.of(Flag.PUBLIC), c.flags());
        assertEquals("Resolution.java", c.sourceFile());
        assertEquals("Resolution.java", c.diagnosticFile());
        assertTrue(c.origin().endsWith("Resolution$Derived.class"));
        assertEquals("dev.kiln.frontend.model.fixtures", c.packageName());
        MethodInfo value = c.method("value", new MethodSig(List.of(), JType.INT));
        assertEquals(Set.of(Flag.PUBLIC), value.flags());
        assertTrue(value.hasCode());
    }

    @Test
    void keepsConstantValuesOfStaticFieldsOnly() {
        ClassHierarchy h = TestHierarchy.over();
        assertEquals(1, h.find(Resolution.HasConstant.class.getName()).field("C", JType.INT).constantValue());
        FieldInfo x = h.find(Resolution.Base.class.getName()).field("x", JType.INT);
        assertNull(x.constantValue());
        assertEquals(Set.of(Flag.PUBLIC), x.flags());
    }

    @Test
    void missingClassIsNullButRequireReportsItAtTheSite() {
        ClassHierarchy h = TestHierarchy.over();
        assertNull(h.find("com.x.Foo"));
        CompileError e = assertThrows(CompileError.class, () -> h.require("com.x.Foo", TestHierarchy.SITE));
        Diagnostic d = e.diagnostics().get(0);
        assertEquals("Caller.java:12: error: class com.x.Foo not found [test.Caller.run()void, bytecode offset 4]", d.format());
    }

    @Test
    void malformedClassFileIsReportedWithItsOrigin() throws Exception {
        TestHierarchy.write(temp, "p/Broken", new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61, 0});
        TestHierarchy.write(temp, "p/Text", "hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        ClassHierarchy h = TestHierarchy.over(temp);
        Diagnostic broken = assertThrows(CompileError.class, () -> h.find("p.Broken")).diagnostics().get(0);
        assertEquals(temp.resolve("p/Broken.class").toString(), broken.file());
        assertTrue(broken.message().startsWith("malformed class file"), broken.message());
        Diagnostic text = assertThrows(CompileError.class, () -> h.find("p.Text")).diagnostics().get(0);
        assertEquals("not a class file (bad magic number)", text.message());
    }

    @Test
    void classFileHoldingAnotherClassIsReported() throws Exception {
        TestHierarchy.write(temp, "p/Wrong", TestHierarchy.generate(Opcodes.ACC_PUBLIC, "p/Right", "java/lang/Object", List.of()));
        CompileError e = assertThrows(CompileError.class, () -> TestHierarchy.over(temp).find("p.Wrong"));
        assertEquals("class file holds p.Right, not p.Wrong", e.diagnostics().get(0).message());
    }

    @Test
    void missingSuperclassIsReportedOnTheSubclass() throws Exception {
        TestHierarchy.write(temp, "p/Orphan", TestHierarchy.generate(Opcodes.ACC_PUBLIC, "p/Orphan", "p/Gone", List.of()));
        CompileError e = assertThrows(CompileError.class, () -> TestHierarchy.over(temp).find("p.Orphan"));
        assertEquals("class p.Gone not found (superclass of p.Orphan)", e.diagnostics().get(0).message());
    }

    @Test
    void circularHierarchyIsReported() throws Exception {
        TestHierarchy.write(temp, "p/A", TestHierarchy.generate(Opcodes.ACC_PUBLIC, "p/A", "p/B", List.of()));
        TestHierarchy.write(temp, "p/B", TestHierarchy.generate(Opcodes.ACC_PUBLIC, "p/B", "p/A", List.of()));
        CompileError e = assertThrows(CompileError.class, () -> TestHierarchy.over(temp).find("p.A"));
        assertEquals("class hierarchy is circular: p.A → p.B → p.A", e.diagnostics().get(0).message());
    }
}
