package dev.kiln.frontend.indy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.objectweb.asm.Opcodes.*;

import dev.kiln.frontend.indy.fixtures.Color;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;

/**
 * Kiln's classes for SwitchBootstraps call sites return what the JDK's bootstraps return, for every label kind,
 * target and restart index: host classes with one call site each run on the test's JVM (so the JDK links the
 * call site) beside Kiln's class for the same site.
 */
class SwitchClassTest {
    private static final String BOOTSTRAP = "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;"
            + "Ljava/lang/invoke/MethodType;[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;";
    private static final Handle TYPE_SWITCH = new Handle(H_INVOKESTATIC, "java/lang/runtime/SwitchBootstraps", "typeSwitch",
            BOOTSTRAP, false);
    private static final Handle ENUM_SWITCH = new Handle(H_INVOKESTATIC, "java/lang/runtime/SwitchBootstraps", "enumSwitch",
            BOOTSTRAP, false);
    private static final String COLOR = Type.getInternalName(Color.class);
    private static final List<Object> TARGETS = Arrays.asList(null, 5, 97, 'a', (byte) 97, 97L + (1L << 32), 97.9, true,
            "a", "b", new StringBuilder("a"), Color.RED, Color.BLUE, new int[0]);

    private final SyntheticLoader loader = new SyntheticLoader();

    /** A class {@code name} whose {@code static int test(target, int)} is one call site of {@code bootstrap}. */
    private Class<?> host(String name, Type target, Handle bootstrap, Object... labels) throws IllegalAccessException {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        String internal = "dev/kiln/frontend/indy/" + name;
        cw.visit(V17, ACC_PUBLIC | ACC_SUPER, internal, null, "java/lang/Object", null);
        String desc = Type.getMethodDescriptor(Type.INT_TYPE, target, Type.INT_TYPE);
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "test", desc, null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ILOAD, 1);
        mv.visitInvokeDynamicInsn(bootstrap.getName(), desc, bootstrap, labels);
        mv.visitInsn(IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        byte[] bytes = cw.toByteArray();
        loader.add(bytes);
        return MethodHandles.lookup().defineClass(bytes);
    }

    /** Kiln's {@code invoke} for the host's call site. */
    private Method kiln(Class<?> host) throws ReflectiveOperationException {
        InvokeDynamicInsnNode site = loader.site(host, "test");
        assertNull(SyntheticClasses.problem(site));
        Method invoke = loader.load(host, site).getDeclaredMethod(SyntheticCall.INVOKE, host.getDeclaredMethods()[0].getParameterTypes());
        invoke.setAccessible(true);
        return invoke;
    }

    private void sameAsJvm(Class<?> host, int labels, List<?> targets) throws ReflectiveOperationException {
        Method jvm = host.getMethod("test", host.getDeclaredMethods()[0].getParameterTypes());
        Method kiln = kiln(host);
        for (Object target : targets) {
            // Restart indexes run to labels.length (no label matches from there): JDK 21 and later reject a larger one
            // with IndexOutOfBoundsException, JDK 17 returns labels.length, and javac never passes one.
            for (int restart = 0; restart <= labels; restart++) {
                assertEquals(jvm.invoke(null, target, restart), kiln.invoke(null, target, restart), target + " from " + restart);
            }
        }
    }

    @Test
    void typeSwitchOverClassesStringsAndInts() throws ReflectiveOperationException {
        Object[] labels = {Type.getType(Integer.class), 97, "a", Type.getType(CharSequence.class), Type.getType(String.class),
                Type.getType(int[].class), Type.getObjectType(COLOR)};
        sameAsJvm(host("TypeSwitchHost", Type.getType(Object.class), TYPE_SWITCH, labels), labels.length, TARGETS);
    }

    @Test
    void enumSwitchOverNamesAndClasses() throws ReflectiveOperationException {
        Object[] labels = {"GREEN", "BLUE", Type.getObjectType(COLOR), "RED"};
        Class<?> host = host("EnumSwitchHost", Type.getObjectType(COLOR), ENUM_SWITCH, labels);
        sameAsJvm(host, labels.length, Arrays.asList(null, Color.RED, Color.GREEN, Color.BLUE));
    }

    /** javac 21 and later label enum constants with EnumDesc constants; Kiln compares the target with the constant. */
    @Test
    void enumConstantDescriptions() throws ReflectiveOperationException {
        Handle invoke = new Handle(H_INVOKESTATIC, "java/lang/invoke/ConstantBootstraps", "invoke",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;Ljava/lang/invoke/MethodHandle;"
                        + "[Ljava/lang/Object;)Ljava/lang/Object;", false);
        ConstantDynamic colorClass = new ConstantDynamic("invoke", "Ljava/lang/constant/ClassDesc;", invoke,
                new Handle(H_INVOKESTATIC, "java/lang/constant/ClassDesc", "of", "(Ljava/lang/String;)Ljava/lang/constant/ClassDesc;", true),
                Color.class.getName());
        Handle enumDesc = new Handle(H_INVOKESTATIC, "java/lang/Enum$EnumDesc", "of",
                "(Ljava/lang/constant/ClassDesc;Ljava/lang/String;)Ljava/lang/Enum$EnumDesc;", false);
        Object[] labels = {new ConstantDynamic("invoke", "Ljava/lang/Enum$EnumDesc;", invoke, enumDesc, colorClass, "BLUE"),
                Type.getType(String.class),
                new ConstantDynamic("invoke", "Ljava/lang/Enum$EnumDesc;", invoke, enumDesc, colorClass, "RED")};
        Method kiln = kiln(host("EnumDescHost", Type.getType(Object.class), TYPE_SWITCH, labels));
        List<Object> targets = Arrays.asList(null, Color.RED, Color.GREEN, Color.BLUE, "RED");
        int[][] expected = {{-1, -1, -1, -1}, {2, 2, 2, 3}, {3, 3, 3, 3}, {0, 3, 3, 3}, {1, 1, 3, 3}};
        for (int t = 0; t < targets.size(); t++) {
            for (int restart = 0; restart < 4; restart++) {
                assertEquals(expected[t][restart], kiln.invoke(null, targets.get(t), restart), targets.get(t) + " from " + restart);
            }
        }
    }

    @Test
    void unsupportedLabelsAreNamed() {
        InvokeDynamicInsnNode longLabel = new InvokeDynamicInsnNode("typeSwitch", "(Ljava/lang/Object;I)I", TYPE_SWITCH, 5L);
        assertEquals("typeSwitch label Long 5 is not supported", SyntheticClasses.problem(longLabel));
        InvokeDynamicInsnNode otherClass = new InvokeDynamicInsnNode("enumSwitch", "(L" + COLOR + ";I)I", ENUM_SWITCH,
                Type.getType(Comparable.class));
        assertEquals("invalid SwitchBootstraps call site: the class label java.lang.Comparable of an enumSwitch is not its enum "
                + Color.class.getName(), SyntheticClasses.problem(otherClass));
        InvokeDynamicInsnNode badType = new InvokeDynamicInsnNode("typeSwitch", "(I)I", TYPE_SWITCH);
        assertEquals("invalid SwitchBootstraps call site: the call site's type is (I)I, not (reference, int) -> int",
                SyntheticClasses.problem(badType));
    }
}
