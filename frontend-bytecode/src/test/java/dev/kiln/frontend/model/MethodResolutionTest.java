package dev.kiln.frontend.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.frontend.lift.LiftContext.ResolvedMethod;
import dev.kiln.frontend.lift.Site;
import dev.kiln.frontend.model.fixtures.Resolution;
import dev.kiln.ir.CompileError;
import dev.kiln.ir.InvokeKind;
import dev.kiln.ir.JType;
import dev.kiln.ir.MethodRef;
import dev.kiln.ir.MethodSig;
import dev.kiln.ir.SourcePos;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.Opcodes;

class MethodResolutionTest {
    private static final MethodSig INT_TO_INT = new MethodSig(List.of(JType.INT), JType.INT);
    private static final MethodSig TO_INT = new MethodSig(List.of(), JType.INT);
    private static final String BASE = Resolution.Base.class.getName();
    private static final String DERIVED = Resolution.Derived.class.getName();
    private final ClassHierarchy h = TestHierarchy.over();

    @TempDir
    Path temp;

    private ResolvedMethod resolve(InvokeKind kind, Class<?> owner, String name, MethodSig sig) {
        return h.resolveMethod(kind, owner.getName(), name, sig, owner.isInterface(), TestHierarchy.SITE);
    }

    private static String message(CompileError e) {
        return e.diagnostics().get(0).message();
    }

    @Test
    void virtualCallResolvesToTheNearestDeclarationUpTheClassChain() {
        assertEquals(new ResolvedMethod(InvokeKind.VIRTUAL, MethodRef.of(DERIVED, "value", "()I")),
                resolve(InvokeKind.VIRTUAL, Resolution.Leaf.class, "value", TO_INT));
        assertEquals(new ResolvedMethod(InvokeKind.VIRTUAL, MethodRef.of(BASE, "value", "()I")),
                resolve(InvokeKind.VIRTUAL, Resolution.Sibling.class, "value", TO_INT));
    }

    @Test
    void staticCallResolvesThroughSubclasses() {
        assertEquals(new ResolvedMethod(InvokeKind.STATIC, MethodRef.of(BASE, "twice", "(I)I")),
                resolve(InvokeKind.STATIC, Resolution.Leaf.class, "twice", INT_TO_INT));
    }

    @Test
    void virtualCallOfADefaultMethodPicksTheMaximallySpecificOne() {
        assertEquals(new ResolvedMethod(InvokeKind.VIRTUAL, MethodRef.of(Resolution.LoudGreeter.class.getName(), "greet", "()I")),
                resolve(InvokeKind.VIRTUAL, Resolution.Person.class, "greet", TO_INT));
    }

    @Test
    void interfaceCallResolvesInTheInterfaceThenItsSuperinterfaces() {
        ResolvedMethod greet = new ResolvedMethod(InvokeKind.INTERFACE, MethodRef.of(Resolution.Greeter.class.getName(), "greet", "()I"));
        assertEquals(greet, resolve(InvokeKind.INTERFACE, Resolution.Greeter.class, "greet", TO_INT));
        assertEquals(greet, resolve(InvokeKind.INTERFACE, Resolution.QuietGreeter.class, "greet", TO_INT));
    }

    @Test
    void abstractClassInheritsAnAbstractInterfaceMethod() {
        assertEquals(new ResolvedMethod(InvokeKind.VIRTUAL, MethodRef.of(Resolution.Shape.class.getName(), "area", "()I")),
                resolve(InvokeKind.VIRTUAL, Resolution.AbstractShape.class, "area", TO_INT));
    }

    @Test
    void interfaceCallOfAnObjectMethodBecomesVirtualOnObject() {
        assertEquals(new ResolvedMethod(InvokeKind.VIRTUAL, MethodRef.of("java.lang.Object", "hashCode", "()I")),
                resolve(InvokeKind.INTERFACE, Resolution.Greeter.class, "hashCode", TO_INT));
    }

    @Test
    void arrayOwnersResolveToObjectIncludingClone() {
        MethodSig toObject = new MethodSig(List.of(), JType.OBJECT);
        ResolvedMethod expected = new ResolvedMethod(InvokeKind.VIRTUAL, MethodRef.of("java.lang.Object", "clone", "()Ljava/lang/Object;"));
        assertEquals(expected, h.resolveMethod(InvokeKind.VIRTUAL, "int[]", "clone", toObject, false, TestHierarchy.SITE));
        assertEquals(expected, h.resolveMethod(InvokeKind.VIRTUAL, "java.lang.String[][]", "clone", toObject, false, TestHierarchy.SITE));
    }

    @Test
    void callsOfPrivateMethodsAreSpecial() {
        assertEquals(new ResolvedMethod(InvokeKind.SPECIAL, MethodRef.of(BASE, "secret", "()I")),
                resolve(InvokeKind.VIRTUAL, Resolution.Base.class, "secret", TO_INT));
    }

    @Test
    void superCallStartsAtTheCallersSuperclass() {
        Site inBottom = new Site("Resolution.java", Resolution.Bottom.class.getName(), "m", SourcePos.NONE);
        ResolvedMethod r = h.resolveMethod(InvokeKind.SPECIAL, Resolution.Top.class.getName(), "m", TO_INT, false, inBottom);
        assertEquals(new ResolvedMethod(InvokeKind.SPECIAL, MethodRef.of(Resolution.Middle.class.getName(), "m", "()I")), r);
    }

    @Test
    void constructorsMustBeDeclaredByTheNamedClass() {
        MethodSig init = new MethodSig(List.of(), JType.VOID);
        assertEquals(new ResolvedMethod(InvokeKind.SPECIAL, MethodRef.of(BASE, "<init>", "()V")),
                resolve(InvokeKind.SPECIAL, Resolution.Base.class, "<init>", init));
        CompileError e = assertThrows(CompileError.class, () -> resolve(InvokeKind.SPECIAL, Resolution.Base.class, "<init>", INT_TO_INT));
        assertEquals("method " + BASE + ".<init>(int)int not found", message(e));
    }

    @Test
    void staticAndInstanceMismatchesAreErrors() {
        CompileError asStatic = assertThrows(CompileError.class, () -> resolve(InvokeKind.STATIC, Resolution.Base.class, "value", TO_INT));
        assertEquals("static call to instance method " + BASE + ".value()int", message(asStatic));
        CompileError asVirtual = assertThrows(CompileError.class, () -> resolve(InvokeKind.VIRTUAL, Resolution.Base.class, "twice", INT_TO_INT));
        assertEquals("instance call to static method " + BASE + ".twice(int)int", message(asVirtual));
    }

    @Test
    void classAndInterfaceMismatchesAreErrors() {
        CompileError e = assertThrows(CompileError.class,
                () -> h.resolveMethod(InvokeKind.INTERFACE, BASE, "value", TO_INT, true, TestHierarchy.SITE));
        assertEquals("class " + BASE + " is called as an interface in " + BASE + ".value()int", message(e));
    }

    @Test
    void missingMethodsAndClassesAreReportedAtTheSite() {
        CompileError method = assertThrows(CompileError.class, () -> resolve(InvokeKind.VIRTUAL, Resolution.Base.class, "bar", INT_TO_INT));
        assertEquals("method " + BASE + ".bar(int)int not found", message(method));
        CompileError clazz = assertThrows(CompileError.class,
                () -> h.resolveMethod(InvokeKind.STATIC, "com.x.Foo", "bar", INT_TO_INT, false, TestHierarchy.SITE));
        assertEquals("class com.x.Foo not found", message(clazz));
        assertEquals("test.Caller.run()void", clazz.diagnostics().get(0).method());
    }

    @Test
    void conflictingDefaultsResolveButSelectNothing() throws Exception {
        TestHierarchy.write(temp, "p/I", TestHierarchy.generate(Opcodes.ACC_PUBLIC | Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT,
                "p/I", "java/lang/Object", List.of(), "m"));
        TestHierarchy.write(temp, "p/K", TestHierarchy.generate(Opcodes.ACC_PUBLIC | Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT,
                "p/K", "java/lang/Object", List.of(), "m"));
        TestHierarchy.write(temp, "p/D", TestHierarchy.generate(Opcodes.ACC_PUBLIC, "p/D", "java/lang/Object", List.of("p/I", "p/K")));
        ClassHierarchy g = TestHierarchy.over(temp);
        ResolvedMethod r = g.resolveMethod(InvokeKind.VIRTUAL, "p.D", "m", TO_INT, false, TestHierarchy.SITE);
        assertEquals(MethodRef.of("p.I", "m", "()I"), r.ref());
        assertEquals(null, g.select(g.find("p.D"), g.declaredMethod(r.ref(), TestHierarchy.SITE)));
        assertTrue(g.isSubclassOf("p.D", "p.K"));
    }
}
