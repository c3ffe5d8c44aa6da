package dev.kiln.frontend.indy;

import static org.objectweb.asm.Opcodes.*;

import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * Writes the class a lambda call site creates instances of, as LambdaMetafactory describes its function
 * objects: a final class implementing the interface (and the site's marker interfaces), with one final field per
 * captured value, a constructor taking them in order, and the interface method, once per method type (the
 * interface method's own and each bridge), which passes the captured values and its arguments, adapted (see
 * {@link Conversions}), to the implementation method and adapts its result back. A proxy that captures nothing
 * also holds its only instance in a static field, made by its static initializer: the JVM's call site, too,
 * returns one object every time.
 *
 * <p>Arguments are first cast to the instantiated method type, the check the JVM's function objects make.
 * The implementation is called with the instruction its method handle kind stands for: {@code REF_invokeStatic}
 * invokestatic, {@code REF_invokeVirtual} invokevirtual, {@code REF_invokeInterface} invokeinterface,
 * {@code REF_invokeSpecial} invokespecial (a private method of the host, as javac before Java 11 emitted),
 * {@code REF_newInvokeSpecial} new and invokespecial of the constructor. Kiln applies no access control, so
 * the proxy may call the host's private methods, as the JVM's proxies, nestmates of the host, may.
 *
 * <p>The code is straight-line, so the class needs no stack map frames.
 */
final class LambdaProxyWriter {
    private static final String OBJECT = "java/lang/Object";

    private LambdaProxyWriter() {}

    static byte[] write(String name, String sourceFile, LambdaSite site) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(V17, ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC, name, null, OBJECT, site.interfaces().toArray(new String[0]));
        cw.visitSource(sourceFile, null);
        List<Type> captured = site.captured();
        for (int i = 0; i < captured.size(); i++) {
            cw.visitField(ACC_PRIVATE | ACC_FINAL, field(i), captured.get(i).getDescriptor(), null, null).visitEnd();
        }
        writeConstructor(cw, name, captured);
        if (captured.isEmpty()) writeSingleton(cw, name, "L" + site.interfaces().get(0) + ";");
        for (Type type : site.methodTypes()) writeMethod(cw, name, site, type);
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** The name of the field holding captured value {@code i}. */
    static String field(int i) {
        return "arg$" + (i + 1);
    }

    private static void writeConstructor(ClassWriter cw, String name, List<Type> captured) {
        String descriptor = Type.getMethodDescriptor(Type.VOID_TYPE, captured.toArray(new Type[0]));
        MethodVisitor mv = cw.visitMethod(0, "<init>", descriptor, null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESPECIAL, OBJECT, "<init>", "()V", false);
        int slot = 1;
        for (int i = 0; i < captured.size(); i++) {
            Type t = captured.get(i);
            mv.visitVarInsn(ALOAD, 0);
            mv.visitVarInsn(t.getOpcode(ILOAD), slot);
            mv.visitFieldInsn(PUTFIELD, name, field(i), t.getDescriptor());
            slot += t.getSize();
        }
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /**
     * The only instance of a proxy that captures nothing, made when the class is initialised, in a field of the
     * interface's type: the call site's type, and a type the JVM can name (a hidden class cannot be named).
     */
    private static void writeSingleton(ClassWriter cw, String name, String descriptor) {
        cw.visitField(ACC_STATIC | ACC_FINAL, SyntheticCall.INSTANCE, descriptor, null, null).visitEnd();
        MethodVisitor mv = cw.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
        mv.visitCode();
        mv.visitTypeInsn(NEW, name);
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, name, "<init>", "()V", false);
        mv.visitFieldInsn(PUTSTATIC, name, SyntheticCall.INSTANCE, descriptor);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void writeMethod(ClassWriter cw, String name, LambdaSite site, Type type) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, site.interfaceMethod(), type.getDescriptor(), null, null);
        mv.visitCode();
        Handle impl = site.impl();
        if (site.isConstructor()) {
            mv.visitTypeInsn(NEW, impl.getOwner());
            mv.visitInsn(DUP);
        }
        List<Type> params = site.implParameters();
        List<Type> captured = site.captured();
        for (int i = 0; i < captured.size(); i++) {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, name, field(i), captured.get(i).getDescriptor());
            Conversions.emit(mv, captured.get(i), params.get(i));
        }
        Type[] own = type.getArgumentTypes();
        Type[] instantiated = site.instantiated().getArgumentTypes();
        int slot = 1;
        for (int j = 0; j < own.length; j++) {
            mv.visitVarInsn(own[j].getOpcode(ILOAD), slot);
            slot += own[j].getSize();
            Conversions.emit(mv, own[j], instantiated[j]);
            Conversions.emit(mv, instantiated[j], params.get(captured.size() + j));
        }
        mv.visitMethodInsn(opcode(impl.getTag()), impl.getOwner(), impl.getName(), impl.getDesc(), impl.isInterface());
        returnResult(mv, site, type.getReturnType());
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void returnResult(MethodVisitor mv, LambdaSite site, Type returned) {
        Type result = site.implResult();
        if (returned.getSort() == Type.VOID) {
            if (result.getSort() != Type.VOID) mv.visitInsn(result.getSize() == 2 ? POP2 : POP);
            mv.visitInsn(RETURN);
            return;
        }
        Type instantiated = site.instantiated().getReturnType();
        Conversions.emit(mv, result, instantiated);
        Conversions.emit(mv, instantiated, returned);
        mv.visitInsn(returned.getOpcode(IRETURN));
    }

    private static int opcode(int tag) {
        return switch (tag) {
            case H_INVOKESTATIC -> INVOKESTATIC;
            case H_INVOKEVIRTUAL -> INVOKEVIRTUAL;
            case H_INVOKEINTERFACE -> INVOKEINTERFACE;
            default -> INVOKESPECIAL;
        };
    }
}
