package dev.kiln.frontend.lift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.objectweb.asm.Opcodes.*;

import dev.kiln.ir.CompileError;
import dev.kiln.ir.Diagnostic;
import dev.kiln.ir.FieldRef;
import dev.kiln.ir.InvokeKind;
import dev.kiln.ir.JType;
import dev.kiln.ir.MethodSig;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.tree.ClassNode;

/**
 * Calls of reflection APIs are compile errors at the call, naming the API, all at once; what
 * java.lang.Class provides is an ordinary call.
 */
class ReflectionCallsTest {
    private final ClassNodes classes = new ClassNodes();

    @Test
    void reflectionCallsAreReportedAtTheirSites() {
        ClassNode cn = new Generated(classes, "gen/Reflective", V17)
                .method("inspect", "(Ljava/lang/Class;Ljava/lang/reflect/Method;)V", mv -> {
                    mv.visitVarInsn(ALOAD, 0);
                    mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Class", "getName", "()Ljava/lang/String;", false);
                    mv.visitInsn(POP);
                    mv.visitVarInsn(ALOAD, 0);
                    mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Class", "getDeclaredMethods", "()[Ljava/lang/reflect/Method;", false);
                    mv.visitInsn(POP);
                    mv.visitVarInsn(ALOAD, 1);
                    mv.visitInsn(ACONST_NULL);
                    mv.visitInsn(ICONST_0);
                    mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
                    mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/reflect/Method", "invoke",
                            "(Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;", false);
                    mv.visitInsn(POP);
                    mv.visitMethodInsn(INVOKESTATIC, "java/lang/invoke/MethodHandles", "lookup",
                            "()Ljava/lang/invoke/MethodHandles$Lookup;", false);
                    mv.visitInsn(POP);
                    mv.visitInsn(ACONST_NULL);
                    mv.visitLdcInsn("x.Y");
                    mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/ClassLoader", "loadClass", "(Ljava/lang/String;)Ljava/lang/Class;", false);
                    mv.visitInsn(POP);
                    mv.visitInsn(RETURN);
                })
                .build();
        LiftContext runtimeClass = new ClassWithout(new TestContext(classes), Set.of("getDeclaredMethods"));
        List<Diagnostic> problems = assertThrows(CompileError.class,
                () -> MethodLifter.lift(cn, LiftAssertions.method(cn, "inspect"), runtimeClass, cn.sourceFile)).diagnostics();
        String needs = " needs run-time metadata about classes and members, which a Kiln program does not have";
        String at = " [gen.Reflective.inspect(java.lang.Class,java.lang.reflect.Method)void, bytecode offset ";
        assertEquals(List.of(
                "Reflective.j: error: reflection is not supported: java.lang.Class.getDeclaredMethods()" + needs + at + "6]",
                "Reflective.j: error: reflection is not supported: java.lang.reflect.Method.invoke(java.lang.Object, "
                        + "java.lang.Object[])" + needs + at + "16]",
                "Reflective.j: error: reflection is not supported: java.lang.invoke.MethodHandles.lookup()" + needs + at + "20]",
                "Reflective.j: error: reflection is not supported: java.lang.ClassLoader.loadClass(java.lang.String)" + needs + at + "27]"),
                problems.stream().map(Diagnostic::toString).toList());
    }

    /**
     * The test class model, except that java.lang.Class lacks some methods, as the runtime library's does:
     * resolving them fails.
     */
    private record ClassWithout(TestContext model, Set<String> missing) implements LiftContext {
        @Override
        public ResolvedMethod resolveMethod(InvokeKind kind, String owner, String name, MethodSig sig, boolean itf, Site site) {
            if (owner.equals("java.lang.Class") && missing.contains(name)) {
                throw new CompileError(site.error("method java.lang.Class." + name + sig + " not found"));
            }
            return model.resolveMethod(kind, owner, name, sig, itf, site);
        }

        @Override public FieldRef resolveField(String owner, String name, JType type, boolean isStatic, Site site) {
            return model.resolveField(owner, name, type, isStatic, site);
        }
        @Override public void requireType(JType type, Site site) { model.requireType(type, site); }
        @Override public JType commonSupertype(JType a, JType b) { return model.commonSupertype(a, b); }
        @Override public boolean isAssignable(JType from, JType to) { return model.isAssignable(from, to); }
        @Override public boolean isInterface(String className) { return model.isInterface(className); }
        @Override public boolean needsInitialization(String className) { return model.needsInitialization(className); }
        @Override public boolean isSubclassOf(String sub, String sup) { return model.isSubclassOf(sub, sup); }
    }
}
