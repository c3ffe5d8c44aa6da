package dev.kiln.conformance.bytecode;

import static org.objectweb.asm.Opcodes.*;

import java.util.function.Consumer;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;

/**
 * One public class of static methods, written with ASM's ClassWriter computing only the maximum stack and
 * locals: there are no stack map frames, as in every class file before version 50. Helpers print the way the
 * calling programs do, through {@code System.out.println}.
 */
final class ClassBuilder {
    private final ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);

    ClassBuilder(String internalName, int version) {
        writer.visit(version, ACC_PUBLIC | ACC_SUPER, internalName, null, "java/lang/Object", null);
        writer.visitSource(internalName.substring(internalName.lastIndexOf('/') + 1) + ".class", null);
    }

    /** Adds a public static method whose code {@code body} writes (without visitMaxs or visitEnd). */
    ClassBuilder method(String name, String descriptor, Consumer<MethodVisitor> body) {
        MethodVisitor mv = writer.visitMethod(ACC_PUBLIC | ACC_STATIC, name, descriptor, null, null);
        mv.visitCode();
        body.accept(mv);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        return this;
    }

    byte[] build() {
        writer.visitEnd();
        return writer.toByteArray();
    }

    /** {@code System.out.println(text)}. */
    static void println(MethodVisitor mv, String text) {
        mv.visitFieldInsn(GETSTATIC, "java/lang/System", "out", "Ljava/io/PrintStream;");
        mv.visitLdcInsn(text);
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/io/PrintStream", "println", "(Ljava/lang/String;)V", false);
    }

    /** {@code System.out.println(local)} for an int local. */
    static void printlnInt(MethodVisitor mv, int local) {
        mv.visitFieldInsn(GETSTATIC, "java/lang/System", "out", "Ljava/io/PrintStream;");
        mv.visitVarInsn(ILOAD, local);
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/io/PrintStream", "println", "(I)V", false);
    }

    /** {@code throw new IllegalStateException(message)}. */
    static void throwIllegalState(MethodVisitor mv, String message) {
        mv.visitTypeInsn(NEW, "java/lang/IllegalStateException");
        mv.visitInsn(DUP);
        mv.visitLdcInsn(message);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/IllegalStateException", "<init>", "(Ljava/lang/String;)V", false);
        mv.visitInsn(ATHROW);
    }
}
