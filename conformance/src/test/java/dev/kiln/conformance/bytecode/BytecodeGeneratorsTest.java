package dev.kiln.conformance.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The generators write what their programs claim to test: the class file version, jsr/ret subroutines where
 * promised, and no stack map frames anywhere.
 */
class BytecodeGeneratorsTest {
    /** What one class file holds, as far as these tests care. */
    private static final class Shape extends ClassVisitor {
        int version;
        final Set<Integer> opcodes = new HashSet<>();
        int frames;

        Shape(byte[] classFile) {
            super(Opcodes.ASM9);
            new ClassReader(classFile).accept(this, 0);
        }

        @Override
        public void visit(int v, int access, String name, String signature, String superName, String[] interfaces) {
            version = v;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public void visitJumpInsn(int opcode, Label label) {
                    opcodes.add(opcode);
                }

                @Override
                public void visitVarInsn(int opcode, int var) {
                    opcodes.add(opcode);
                }

                @Override
                public void visitFrame(int type, int numLocal, Object[] local, int numStack, Object[] stack) {
                    frames++;
                }
            };
        }
    }

    private static Shape only(String generator, String internalName) {
        Map<String, byte[]> files = BytecodeGenerators.byName(generator).classFiles();
        assertEquals(Set.of(internalName), files.keySet());
        return new Shape(files.get(internalName));
    }

    @Test
    void finally14IsVersion48WithSubroutines() {
        Shape s = only("Finally14", "class_versions/Finally14");
        assertEquals(Opcodes.V1_4, s.version);
        assertTrue(s.opcodes.containsAll(Set.of(Opcodes.JSR, Opcodes.RET)), s.opcodes.toString());
        assertEquals(0, s.frames);
    }

    @Test
    void subroutineShapesIsVersion49WithSubroutines() {
        Shape s = only("SubroutineShapes", "class_versions/SubroutineShapes");
        assertEquals(Opcodes.V1_5, s.version);
        assertTrue(s.opcodes.containsAll(Set.of(Opcodes.JSR, Opcodes.RET)), s.opcodes.toString());
        assertEquals(0, s.frames);
    }

    @Test
    void frameless50HasBranchesButNoFrames() {
        Shape s = only("Frameless50", "class_versions/Frameless50");
        assertEquals(Opcodes.V1_6, s.version);
        assertTrue(s.opcodes.contains(Opcodes.GOTO), s.opcodes.toString());
        assertEquals(0, s.frames);
    }
}
