package dev.kiln.frontend.lift;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Reads a class file into an ASM tree that remembers the bytecode offset of every label, so every IR
 * instruction the lifter makes gets its exact offset. ASM's tree API forgets offsets: ClassReader's labels
 * do not carry them, and MethodNode replaces them with fresh ones. For a class read any other way the
 * lifter recomputes offsets from instruction sizes, which is exact for javac's encodings except ldc_w
 * (see {@link BytecodeOffsets}).
 */
public final class LiftableClass {
    private LiftableClass() {}

    /**
     * @param parsingOptions ClassReader's options; the class model uses {@code ClassReader.EXPAND_FRAMES}
     */
    public static ClassNode read(byte[] classFile, int parsingOptions) {
        ClassNode node = new LabelKeepingClassNode();
        new OffsetReader(classFile).accept(node, parsingOptions);
        return node;
    }

    /**
     * A label with the bytecode offset of the instruction after it: read from a class file, or put before a
     * copied instruction by {@link SubroutineInliner}.
     */
    static final class OffsetLabel extends Label {
        final int offset;

        OffsetLabel(int offset) {
            this.offset = offset;
        }
    }

    private static final class OffsetReader extends ClassReader {
        OffsetReader(byte[] classFile) {
            super(classFile);
        }

        @Override
        protected Label readLabel(int bytecodeOffset, Label[] labels) {
            if (labels[bytecodeOffset] == null) labels[bytecodeOffset] = new OffsetLabel(bytecodeOffset);
            return labels[bytecodeOffset];
        }
    }

    private static final class LabelKeepingClassNode extends ClassNode {
        LabelKeepingClassNode() {
            super(Opcodes.ASM9);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            MethodNode method = new LabelKeepingMethodNode(access, name, descriptor, signature, exceptions);
            methods.add(method);
            return method;
        }
    }

    private static final class LabelKeepingMethodNode extends MethodNode {
        LabelKeepingMethodNode(int access, String name, String descriptor, String signature, String[] exceptions) {
            super(Opcodes.ASM9, access, name, descriptor, signature, exceptions);
        }

        @Override
        protected LabelNode getLabelNode(Label label) {
            if (!(label.info instanceof LabelNode)) label.info = new LabelNode(label);
            return (LabelNode) label.info;
        }
    }
}
