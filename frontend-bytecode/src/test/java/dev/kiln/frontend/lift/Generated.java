package dev.kiln.frontend.lift;

import static org.objectweb.asm.Opcodes.*;

import java.util.function.Consumer;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.tree.ClassNode;

/**
 * Builds test classes with ASM's ClassWriter, for bytecode javac never emits (every stack-manipulation
 * form, jsr, exotic constants, invalid code). Maximum stack and locals are computed; there are no stack
 * map frames, which the lifter does not need (the classes are never loaded).
 */
final class Generated {
    private final ClassNodes classes;
    private final ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);

    /** A public class. */
    Generated(ClassNodes classes, String internalName, int version) {
        this(classes, internalName, version, ACC_PUBLIC | ACC_SUPER);
    }

    Generated(ClassNodes classes, String internalName, int version, int access) {
        this.classes = classes;
        writer.visit(version, access, internalName, null, "java/lang/Object", null);
        writer.visitSource(internalName.substring(internalName.lastIndexOf('/') + 1) + ".j", null);
    }

    /** Adds a static method whose code {@code body} writes (without visitMaxs or visitEnd). */
    Generated method(String name, String descriptor, Consumer<MethodVisitor> body) {
        return method(ACC_STATIC, name, descriptor, body);
    }

    /** Adds a method with these access flags whose code {@code body} writes (without visitMaxs or visitEnd). */
    Generated method(int access, String name, String descriptor, Consumer<MethodVisitor> body) {
        MethodVisitor mv = writer.visitMethod(access, name, descriptor, null, null);
        mv.visitCode();
        body.accept(mv);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        return this;
    }

    Generated field(int access, String name, String descriptor, Object constant) {
        writer.visitField(access, name, descriptor, null, constant).visitEnd();
        return this;
    }

    /** Finishes the class and adds it to the class set, returning it as the lifter sees it. */
    ClassNode build() {
        writer.visitEnd();
        return classes.add(writer.toByteArray());
    }
}
