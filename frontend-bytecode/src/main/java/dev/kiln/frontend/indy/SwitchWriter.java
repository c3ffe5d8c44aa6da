package dev.kiln.frontend.indy;

import static org.objectweb.asm.Opcodes.*;

import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * Writes the class behind a {@link SwitchSite}: one static method, {@code invoke(target, restart)}, that tests the
 * labels in order, skipping those before {@code restart}:
 * <pre>
 *   if (target == null) return -1;
 *   if (restart &lt;= 0 &amp;&amp; target matches label 0) return 0;
 *   ...
 *   return labels.length;
 * </pre>
 * An enum constant is compared by identity with the constant's static field, read only once the target is known
 * to be an instance of its enum class, so no class is initialised that the JVM would not initialise.
 */
final class SwitchWriter {
    /** The classes whose instances an int label matches, with the method giving the value compared. */
    private record IntBox(String owner, String unbox, String descriptor) {}

    private static final List<IntBox> INT_BOXES = List.of(new IntBox("java/lang/Number", "intValue", "()I"),
            new IntBox("java/lang/Character", "charValue", "()C"));

    private SwitchWriter() {}

    static byte[] write(String name, String sourceFile, SwitchSite site) {
        ClassWriter cw = new FramedClassWriter();
        cw.visit(V17, ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC, name, null, "java/lang/Object", null);
        cw.visitSource(sourceFile, null);
        String descriptor = Type.getMethodDescriptor(Type.INT_TYPE, site.target(), Type.INT_TYPE);
        MethodVisitor mv = cw.visitMethod(ACC_STATIC, SyntheticCall.INVOKE, descriptor, null, null);
        mv.visitCode();
        Label nonNull = new Label();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitJumpInsn(IFNONNULL, nonNull);
        mv.visitInsn(ICONST_M1);
        mv.visitInsn(IRETURN);
        mv.visitLabel(nonNull);
        List<SwitchSite.Label> labels = site.labels();
        for (int i = 0; i < labels.size(); i++) {
            Label next = new Label();
            Label matched = new Label();
            mv.visitVarInsn(ILOAD, 1);
            push(mv, i);
            mv.visitJumpInsn(IF_ICMPGT, next);
            test(mv, labels.get(i), matched, next);
            mv.visitLabel(matched);
            push(mv, i);
            mv.visitInsn(IRETURN);
            mv.visitLabel(next);
        }
        push(mv, labels.size());
        mv.visitInsn(IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /**
     * Goes on to {@code next} unless the target (local 0) matches {@code label}; a match falls through or jumps
     * to {@code matched}.
     */
    private static void test(MethodVisitor mv, SwitchSite.Label label, Label matched, Label next) {
        if (label instanceof SwitchSite.ClassLabel c) {
            instanceOf(mv, c.type().getInternalName(), next);
        } else if (label instanceof SwitchSite.StringLabel s) {
            mv.visitLdcInsn(s.value());
            mv.visitVarInsn(ALOAD, 0);
            mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "equals", "(Ljava/lang/Object;)Z", false);
            mv.visitJumpInsn(IFEQ, next);
        } else if (label instanceof SwitchSite.IntLabel n) {
            for (IntBox box : INT_BOXES) {
                Label otherBox = new Label();
                instanceOf(mv, box.owner(), otherBox);
                mv.visitVarInsn(ALOAD, 0);
                mv.visitTypeInsn(CHECKCAST, box.owner());
                mv.visitMethodInsn(INVOKEVIRTUAL, box.owner(), box.unbox(), box.descriptor(), false);
                push(mv, n.value());
                mv.visitJumpInsn(IF_ICMPNE, next);
                mv.visitJumpInsn(GOTO, matched);
                mv.visitLabel(otherBox);
            }
            mv.visitJumpInsn(GOTO, next);
        } else {
            SwitchSite.EnumLabel e = (SwitchSite.EnumLabel) label;
            instanceOf(mv, e.enumClass(), next);
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETSTATIC, e.enumClass(), e.constant(), "L" + e.enumClass() + ";");
            mv.visitJumpInsn(IF_ACMPNE, next);
        }
    }

    private static void instanceOf(MethodVisitor mv, String type, Label otherwise) {
        mv.visitVarInsn(ALOAD, 0);
        mv.visitTypeInsn(INSTANCEOF, type);
        mv.visitJumpInsn(IFEQ, otherwise);
    }

    private static void push(MethodVisitor mv, int value) {
        mv.visitLdcInsn(value);
    }
}
