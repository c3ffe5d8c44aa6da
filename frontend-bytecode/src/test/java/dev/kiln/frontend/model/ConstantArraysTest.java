package dev.kiln.frontend.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.objectweb.asm.Opcodes.*;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/** The compile-time evaluation of a list resource bundle's {@code getContents()}: nested arrays of constants. */
class ConstantArraysTest {
    /** {@code String[] a = {"x", "y"}; return new Object[][] {{"K", a}, {"L", "z"}, {"M", null}};}, as javac writes it. */
    private static MethodNode contents() {
        MethodNode m = new MethodNode(ACC_PROTECTED, "getContents", "()[[Ljava/lang/Object;", null, null);
        m.instructions.add(new InsnNode(ICONST_2));
        m.instructions.add(new TypeInsnNode(ANEWARRAY, "java/lang/String"));
        storeElement(m, 0, "x");
        storeElement(m, 1, "y");
        m.instructions.add(new VarInsnNode(ASTORE, 1));
        m.instructions.add(new IntInsnNode(BIPUSH, 3));
        m.instructions.add(new TypeInsnNode(ANEWARRAY, "[Ljava/lang/Object;"));
        for (int i = 0; i < 3; i++) {
            m.instructions.add(new InsnNode(DUP));
            m.instructions.add(new IntInsnNode(SIPUSH, i));
            m.instructions.add(new InsnNode(ICONST_2));
            m.instructions.add(new TypeInsnNode(ANEWARRAY, "java/lang/Object"));
            storeElement(m, 0, new String[] {"K", "L", "M"}[i]);
            m.instructions.add(new InsnNode(DUP));
            m.instructions.add(new InsnNode(ICONST_1));
            if (i == 0) m.instructions.add(new VarInsnNode(ALOAD, 1));
            else if (i == 1) m.instructions.add(new LdcInsnNode("z"));
            else m.instructions.add(new InsnNode(ACONST_NULL));
            m.instructions.add(new InsnNode(AASTORE));
            m.instructions.add(new InsnNode(AASTORE));
        }
        m.instructions.add(new InsnNode(ARETURN));
        return m;
    }

    private static void storeElement(MethodNode m, int index, String value) {
        m.instructions.add(new InsnNode(DUP));
        m.instructions.add(new IntInsnNode(BIPUSH, index));
        m.instructions.add(new LdcInsnNode(value));
        m.instructions.add(new InsnNode(AASTORE));
    }

    @Test
    void nestedArraysOfConstantsAreTheirValue() {
        Object[] pairs = (Object[]) ConstantArrays.evaluate(contents());
        assertEquals(3, pairs.length);
        assertArrayEquals(new Object[] {"K", new Object[] {"x", "y"}}, (Object[]) pairs[0]);
        assertArrayEquals(new Object[] {"L", "z"}, (Object[]) pairs[1]);
        assertArrayEquals(new Object[] {"M", null}, (Object[]) pairs[2]);
    }

    @Test
    void anythingButConstantArraysIsRefused() {
        MethodNode m = contents();
        m.instructions.insert(new MethodInsnNode(INVOKESTATIC, "a/B", "c", "()V", false));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConstantArrays.evaluate(m));
        assertEquals("getContents()[[Ljava/lang/Object; is not only constant arrays: opcode 184 at instruction 0", e.getMessage());
    }

    @Test
    void bytecodeThatMisusesItsArraysIsRefusedToo() {
        MethodNode m = new MethodNode(ACC_PROTECTED, "getContents", "()[[Ljava/lang/Object;", null, null);
        m.instructions.add(new InsnNode(ICONST_1));
        m.instructions.add(new TypeInsnNode(ANEWARRAY, "java/lang/Object"));
        storeElement(m, 5, "out of range");
        m.instructions.add(new InsnNode(ARETURN));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConstantArrays.evaluate(m));
        assertTrue(e.getMessage().startsWith("getContents()[[Ljava/lang/Object; is not only constant arrays: "
                + "java.lang.ArrayIndexOutOfBoundsException"), e.getMessage());
    }
}
