package dev.kiln.frontend.indy;

import static org.objectweb.asm.Opcodes.*;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * The value conversions LambdaMetafactory applies between the types of the interface method, the instantiated
 * method type and the implementation method (its Javadoc's table of "adaptable" types Q to S):
 * <ul>
 *   <li>primitive to primitive: widening primitive conversion only;</li>
 *   <li>primitive to reference: boxing to the primitive's wrapper, then a cast to S (a supertype of it);</li>
 *   <li>wrapper to primitive: unboxing, then widening; the wrapper's primitive must widen to S;</li>
 *   <li>any other reference to primitive: a cast to the base wrapper of S ({@code Number} for the numeric types,
 *       {@code Character}, {@code Boolean}) and that wrapper's value method, so a {@code Long} becomes an int by
 *       {@code intValue()}, as on the JVM;</li>
 *   <li>reference to reference: a cast, left out when S is {@code Object}. A cast to a supertype is redundant but
 *       harmless: without the class hierarchy at hand, every other difference gets one.</li>
 * </ul>
 */
final class Conversions {
    private Conversions() {}

    /** Why a value of type {@code from} cannot be adapted to {@code to}, or null if it can (neither may be void). */
    static String problem(Type from, Type to) {
        if (isPrimitive(from) && isPrimitive(to) && !from.equals(to) && !widens(from, to)) {
            return from.getClassName() + " does not widen to " + to.getClassName();
        }
        Type unboxed = primitiveOf(from);
        if (unboxed != null && isPrimitive(to) && !unboxed.equals(to) && !widens(unboxed, to)) {
            return from.getClassName() + " does not unbox to " + to.getClassName();
        }
        return null;
    }

    /** Converts the value on top of the stack; {@link #problem} must have accepted the pair. */
    static void emit(MethodVisitor mv, Type from, Type to) {
        if (from.equals(to)) return;
        if (isPrimitive(from)) {
            if (isPrimitive(to)) {
                widen(mv, from, to);
            } else {
                Type box = wrapperOf(from);
                mv.visitMethodInsn(INVOKESTATIC, box.getInternalName(), "valueOf",
                        Type.getMethodDescriptor(box, from), false);
                cast(mv, box, to);
            }
        } else if (isPrimitive(to)) {
            Type unboxed = primitiveOf(from);
            if (unboxed != null) {
                unbox(mv, from, unboxed);
                widen(mv, unboxed, to);
            } else {
                Type base = baseWrapperOf(to);
                mv.visitTypeInsn(CHECKCAST, base.getInternalName());
                unbox(mv, base, to);
            }
        } else {
            cast(mv, from, to);
        }
    }

    private static void cast(MethodVisitor mv, Type from, Type to) {
        if (!from.equals(to) && !to.getDescriptor().equals("Ljava/lang/Object;")) {
            mv.visitTypeInsn(CHECKCAST, to.getInternalName());
        }
    }

    private static void unbox(MethodVisitor mv, Type wrapper, Type primitive) {
        mv.visitMethodInsn(INVOKEVIRTUAL, wrapper.getInternalName(), primitive.getClassName() + "Value",
                Type.getMethodDescriptor(primitive), false);
    }

    /** A widening primitive conversion; byte, short and char to int need no instruction on the JVM's stack. */
    private static void widen(MethodVisitor mv, Type from, Type to) {
        int f = from.getSort();
        int t = to.getSort();
        if (f == t || t == Type.SHORT || t == Type.INT) return;
        if (f == Type.LONG) {
            mv.visitInsn(t == Type.FLOAT ? L2F : L2D);
        } else if (f == Type.FLOAT) {
            mv.visitInsn(F2D);
        } else {
            mv.visitInsn(t == Type.LONG ? I2L : t == Type.FLOAT ? I2F : I2D);
        }
    }

    /** JLS 5.1.2. */
    static boolean widens(Type from, Type to) {
        int t = to.getSort();
        return switch (from.getSort()) {
            case Type.BYTE -> t == Type.SHORT || t == Type.INT || t == Type.LONG || t == Type.FLOAT || t == Type.DOUBLE;
            case Type.SHORT, Type.CHAR -> t == Type.INT || t == Type.LONG || t == Type.FLOAT || t == Type.DOUBLE;
            case Type.INT -> t == Type.LONG || t == Type.FLOAT || t == Type.DOUBLE;
            case Type.LONG -> t == Type.FLOAT || t == Type.DOUBLE;
            case Type.FLOAT -> t == Type.DOUBLE;
            default -> false;
        };
    }

    static boolean isPrimitive(Type t) {
        return t.getSort() >= Type.BOOLEAN && t.getSort() <= Type.DOUBLE;
    }

    /** {@code java.lang.Integer} for int, and so on. */
    static Type wrapperOf(Type primitive) {
        return Type.getObjectType(switch (primitive.getSort()) {
            case Type.BOOLEAN -> "java/lang/Boolean";
            case Type.CHAR -> "java/lang/Character";
            case Type.BYTE -> "java/lang/Byte";
            case Type.SHORT -> "java/lang/Short";
            case Type.INT -> "java/lang/Integer";
            case Type.LONG -> "java/lang/Long";
            case Type.FLOAT -> "java/lang/Float";
            case Type.DOUBLE -> "java/lang/Double";
            default -> throw new IllegalArgumentException("not a primitive type: " + primitive);
        });
    }

    /** The primitive type a wrapper class holds, or null if {@code t} is not a wrapper. */
    static Type primitiveOf(Type t) {
        if (t.getSort() != Type.OBJECT) return null;
        return switch (t.getInternalName()) {
            case "java/lang/Boolean" -> Type.BOOLEAN_TYPE;
            case "java/lang/Character" -> Type.CHAR_TYPE;
            case "java/lang/Byte" -> Type.BYTE_TYPE;
            case "java/lang/Short" -> Type.SHORT_TYPE;
            case "java/lang/Integer" -> Type.INT_TYPE;
            case "java/lang/Long" -> Type.LONG_TYPE;
            case "java/lang/Float" -> Type.FLOAT_TYPE;
            case "java/lang/Double" -> Type.DOUBLE_TYPE;
            default -> null;
        };
    }

    private static Type baseWrapperOf(Type primitive) {
        return switch (primitive.getSort()) {
            case Type.BOOLEAN, Type.CHAR -> wrapperOf(primitive);
            default -> Type.getObjectType("java/lang/Number");
        };
    }
}
