package dev.kiln.frontend.indy;

import static org.objectweb.asm.Opcodes.*;

import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * Writes the class behind an {@link RecordMethodsSite}: one static method, {@code invoke}, with the call site's
 * descriptor, that does what {@code java.lang.Record}'s specification and the JVM do, down to the order of the
 * calls a program can observe:
 * <ul>
 *   <li>{@code toString}: {@code Name[a=1, b=text]}, the record class's simple name, then each component in
 *       declaration order as {@code String.valueOf} prints it;</li>
 *   <li>{@code hashCode}: {@code h = 31 * h + hash(c)} over the components in declaration order from 0, where
 *       hash is the wrapper class's {@code hashCode} for a primitive and 0 or {@code hashCode()} for a
 *       reference;</li>
 *   <li>{@code equals}: false unless the argument is an instance of the record class; then every component must
 *       be equal, primitives as the wrapper's {@code compare} says (so NaN equals NaN and 0.0 differs from -0.0),
 *       references as {@code Objects.equals} says (identity first, then {@code equals} unless the receiver's
 *       component is null). The JVM compares the components in reverse declaration order and stops at the
 *       first difference, which shows when a component's {@code equals} has side effects; so does this.</li>
 * </ul>
 */
final class RecordMethodsWriter {
    private static final String BUILDER = "java/lang/StringBuilder";

    private RecordMethodsWriter() {}

    /** @param simpleName what {@code Class.getSimpleName()} returns for the record class */
    static byte[] write(String name, String sourceFile, RecordMethodsSite site, String simpleName) {
        ClassWriter cw = new FramedClassWriter();
        cw.visit(V17, ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC, name, null, "java/lang/Object", null);
        cw.visitSource(sourceFile, null);
        MethodVisitor mv = cw.visitMethod(ACC_STATIC, SyntheticCall.INVOKE, site.descriptor(), null, null);
        mv.visitCode();
        switch (site.method()) {
            case "toString" -> writeToString(mv, site.components(), simpleName);
            case "hashCode" -> writeHashCode(mv, site.components());
            default -> writeEquals(mv, site.record(), site.components());
        }
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static void writeToString(MethodVisitor mv, List<RecordMethodsSite.Component> components, String simpleName) {
        mv.visitTypeInsn(NEW, BUILDER);
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, BUILDER, "<init>", "()V", false);
        String text = simpleName + "[";
        for (int i = 0; i < components.size(); i++) {
            RecordMethodsSite.Component c = components.get(i);
            appendText(mv, text + (i == 0 ? "" : ", ") + c.name() + "=");
            text = "";
            read(mv, 0, c);
            Type type = c.type();
            Type param = switch (type.getSort()) {
                case Type.BYTE, Type.SHORT -> Type.INT_TYPE;
                case Type.ARRAY, Type.OBJECT -> Type.getObjectType("java/lang/Object");
                default -> type;
            };
            append(mv, param);
        }
        appendText(mv, text + "]");
        mv.visitMethodInsn(INVOKEVIRTUAL, BUILDER, "toString", "()Ljava/lang/String;", false);
        mv.visitInsn(ARETURN);
    }

    private static void appendText(MethodVisitor mv, String text) {
        mv.visitLdcInsn(text);
        append(mv, Type.getObjectType("java/lang/String"));
    }

    private static void append(MethodVisitor mv, Type param) {
        mv.visitMethodInsn(INVOKEVIRTUAL, BUILDER, "append", "(" + param.getDescriptor() + ")L" + BUILDER + ";", false);
    }

    private static void writeHashCode(MethodVisitor mv, List<RecordMethodsSite.Component> components) {
        mv.visitInsn(ICONST_0);
        for (RecordMethodsSite.Component c : components) {
            mv.visitIntInsn(BIPUSH, 31);
            mv.visitInsn(IMUL);
            read(mv, 0, c);
            hash(mv, c.type());
            mv.visitInsn(IADD);
        }
        mv.visitInsn(IRETURN);
    }

    /** Replaces the component value on the stack by its hash. */
    private static void hash(MethodVisitor mv, Type type) {
        switch (type.getSort()) {
            case Type.BYTE, Type.SHORT, Type.CHAR, Type.INT -> { }
            case Type.ARRAY, Type.OBJECT -> {
                Label nonNull = new Label();
                Label done = new Label();
                mv.visitInsn(DUP);
                mv.visitJumpInsn(IFNONNULL, nonNull);
                mv.visitInsn(POP);
                mv.visitInsn(ICONST_0);
                mv.visitJumpInsn(GOTO, done);
                mv.visitLabel(nonNull);
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Object", "hashCode", "()I", false);
                mv.visitLabel(done);
            }
            default -> {
                Type wrapper = Conversions.wrapperOf(type);
                mv.visitMethodInsn(INVOKESTATIC, wrapper.getInternalName(), "hashCode", "(" + type.getDescriptor() + ")I", false);
            }
        }
    }

    /** Locals: 0 the record, 1 the other object, 2 the other object as a record. */
    private static void writeEquals(MethodVisitor mv, String record, List<RecordMethodsSite.Component> components) {
        Label differ = new Label();
        mv.visitVarInsn(ALOAD, 1);
        mv.visitTypeInsn(INSTANCEOF, record);
        Label isRecord = new Label();
        mv.visitJumpInsn(IFNE, isRecord);
        mv.visitInsn(ICONST_0);
        mv.visitInsn(IRETURN);
        mv.visitLabel(isRecord);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitTypeInsn(CHECKCAST, record);
        mv.visitVarInsn(ASTORE, 2);
        for (int i = components.size() - 1; i >= 0; i--) compare(mv, components.get(i), differ);
        mv.visitInsn(ICONST_1);
        mv.visitInsn(IRETURN);
        mv.visitLabel(differ);
        mv.visitInsn(ICONST_0);
        mv.visitInsn(IRETURN);
    }

    /** Jumps to {@code differ} unless the component of the records in locals 0 and 2 is equal. */
    private static void compare(MethodVisitor mv, RecordMethodsSite.Component c, Label differ) {
        Type type = c.type();
        read(mv, 0, c);
        read(mv, 2, c);
        switch (type.getSort()) {
            case Type.BOOLEAN, Type.BYTE, Type.SHORT, Type.CHAR, Type.INT -> mv.visitJumpInsn(IF_ICMPNE, differ);
            case Type.LONG -> {
                mv.visitInsn(LCMP);
                mv.visitJumpInsn(IFNE, differ);
            }
            case Type.FLOAT -> {
                mv.visitMethodInsn(INVOKESTATIC, "java/lang/Float", "compare", "(FF)I", false);
                mv.visitJumpInsn(IFNE, differ);
            }
            case Type.DOUBLE -> {
                mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "compare", "(DD)I", false);
                mv.visitJumpInsn(IFNE, differ);
            }
            default -> {
                Label same = new Label();
                mv.visitJumpInsn(IF_ACMPEQ, same);
                read(mv, 0, c);
                mv.visitJumpInsn(IFNULL, differ);
                read(mv, 0, c);
                read(mv, 2, c);
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Object", "equals", "(Ljava/lang/Object;)Z", false);
                mv.visitJumpInsn(IFEQ, differ);
                mv.visitLabel(same);
            }
        }
    }

    /** Pushes component {@code c} of the record in local {@code slot}. */
    private static void read(MethodVisitor mv, int slot, RecordMethodsSite.Component c) {
        mv.visitVarInsn(ALOAD, slot);
        if (c.getter().getTag() == H_GETFIELD) {
            mv.visitFieldInsn(GETFIELD, c.getter().getOwner(), c.getter().getName(), c.getter().getDesc());
        } else {
            mv.visitMethodInsn(INVOKEVIRTUAL, c.getter().getOwner(), c.getter().getName(), c.getter().getDesc(), false);
        }
    }
}
