package dev.kiln.frontend.lift;

import static org.objectweb.asm.Opcodes.*;

import dev.kiln.ir.JType;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Writes the bytecode for one access through a handle ({@link LowerFieldHandles}): plain field or array element
 * instructions doing what the access does on one thread. The operands are on the stack as the call left them,
 * below them the VarHandle or Unsafe receiver; the code stores them in fresh locals from {@code firstTemp} on,
 * drops or checks the receiver, then:
 * <pre>
 *   get                   x = v
 *   set                   v = a
 *   compareAndSet         x = v; if (x == e) { v = a; true } else false      (floats and doubles compare bits)
 *   compareAndExchange    x = v; if (x == e) v = a; x
 *   getAndSet             x = v; v = a; x
 *   getAndAdd / Bitwise*  x = v; v = (T) (x + a) / (x | a) / (x &amp; a) / (x ^ a); x
 * </pre>
 * where {@code v} is the field or array element. The JVM's exceptions come in the JVM's order, as the JDK 17 and
 * 25 implementations throw them:
 * <ul>
 *   <li>a VarHandle call site whose types differ from the access mode's is adapted as {@code asType} would
 *       (casts with {@code Class.cast}'s ClassCastException, widening, boxing, unboxing a wrapper); other
 *       differences are a compile error ({@link Unsupported}), where the JVM throws WrongMethodTypeException, as
 *       are {@code getAndAdd} of a boolean or reference and the bitwise operations on floating-point or
 *       references (the JVM's UnsupportedOperationException);</li>
 *   <li>a null object: a NullPointerException without message; for an array VarHandle, the one the JDK's
 *       implementation gets from its first array instruction on its parameter {@code array} (the load or store
 *       of plain {@code get}/{@code set}, the array's length for the other modes), here from the same
 *       instruction on a local named {@code array};</li>
 *   <li>an index out of bounds: the ArrayIndexOutOfBoundsException of the array instruction;</li>
 *   <li>a reference array element of the wrong type: for plain {@code set}, {@code aastore}'s
 *       ArrayStoreException; for the other modes that store, one without message, before comparing.</li>
 * </ul>
 * Unsafe's accesses have no such checks on the JVM (a wrong object or offset reads or corrupts memory): here a
 * null object is a NullPointerException without message, an object of the wrong class a ClassCastException and
 * an array index outside the array an ArrayIndexOutOfBoundsException. The receiver itself is checked with the
 * message the call would have had.
 */
final class HandleAccessWriter {
    /** Why an access cannot be lowered; a compile error at the call. */
    static final class Unsupported extends Exception {
        Unsupported(String message) {
            super(message);
        }
    }

    /** Where elements start in an array, as runtime-lib's {@code Unsafe.arrayBaseOffset} reports. */
    static final long ARRAY_BASE_OFFSET = 16;

    private static final Type OBJECT = Type.getObjectType("java/lang/Object");
    private static final Type CLASS = Type.getObjectType("java/lang/Class");
    /** runtime-lib's reads and writes of wider primitives in byte arrays, behind byte array views. */
    static final String BYTE_ARRAY_VIEWS = "dev/kiln/runtime/ByteArrayViews";

    private final LiftContext ctx;
    private final InsnList out = new InsnList();
    private int nextTemp;
    private int maxTemp;
    /** The variable accessed: a field (with {@link #object} for an instance field) or an array element. */
    private FieldHandle target;
    private int object = -1;
    private int array = -1;
    private int index = -1;
    /** The local holding a VarHandle's array, which the JDK's implementation names {@code array}. */
    private int namedArray = -1;

    HandleAccessWriter(LiftContext ctx, int firstTemp) {
        this.ctx = ctx;
        this.nextTemp = firstTemp;
        this.maxTemp = firstTemp;
    }

    /** The locals used, from {@code firstTemp} up to this. */
    int localsEnd() {
        return maxTemp;
    }

    /**
     * The local that must be named {@code array} over the written code, or -1: a null array VarHandle coordinate
     * fails at the first array instruction, whose NullPointerException message then names the variable as the
     * JDK's implementation (a method with a parameter {@code array}) has it.
     */
    int arrayLocal() {
        return namedArray;
    }

    /**
     * An access mode of a VarHandle (on the stack below the call site's arguments).
     *
     * @param params     the call site's parameter types (coordinates, then values)
     * @param siteReturn the call site's return type
     * @param nonNull    the receiver or array is known not to be null
     */
    InsnList varHandle(AccessMethod m, FieldHandle h, Type[] params, Type siteReturn, boolean nonNull) throws Unsupported {
        Type value = asm(h.valueType());
        List<Type> canonical = new ArrayList<>();
        if (h.isArray()) {
            canonical.add(asm(h.arrayType()));
            canonical.add(Type.INT_TYPE);
        } else if (!h.isStatic()) {
            canonical.add(Type.getObjectType(internal(h.field().owner())));
        }
        int coordinates = canonical.size();
        for (int k = 0; k < m.op().values; k++) canonical.add(value);
        if (params.length != canonical.size()) {
            throw new Unsupported("the access mode takes " + describe(canonical) + ", the call passes " + describe(List.of(params)));
        }
        checkSupported(m.op(), value);
        target = h;
        int[] slots = storeAll(params);
        out.add(new InsnNode(POP));
        for (int k = 0; k < params.length; k++) {
            if (params[k].equals(canonical.get(k))) continue;
            load(params[k], slots[k]);
            convert(params[k], canonical.get(k));
            slots[k] = store(canonical.get(k));
        }
        if (h.isArray()) {
            array = slots[0];
            index = slots[1];
            namedArray = array;
            if (!m.plain() && !nonNull) {
                load(OBJECT, array);
                out.add(new InsnNode(ARRAYLENGTH));
                out.add(new InsnNode(POP));
            }
        } else if (!h.isStatic()) {
            object = slots[0];
            if (!nonNull) nullCheck(object);
        }
        int[] values = new int[m.op().values];
        System.arraycopy(slots, coordinates, values, 0, values.length);
        operate(m.op(), value, values, h.isArray() && isReference(value) && !m.plain());
        convert(m.op().returnType(value), siteReturn);
        return out;
    }

    /**
     * The plain {@code get} or {@code set} of a view of byte arrays (on the stack below the call site's arguments):
     * a call of {@code ByteArrayViews.get<T>(byte[], int, boolean bigEndian)} or {@code set<T>(byte[], int, T, boolean)}
     * in runtime-lib, which checks and throws as the JDK's view does. Only a call site with the view's own types
     * (byte[], int, then T) is lowered: no adaptation is needed, so a view with invoke-exact behaviour and one
     * without do the same there. The other access modes (atomic, and so alignment-checked, on the JVM) are not.
     */
    InsnList byteArrayView(AccessMethod m, FieldHandle h, Type[] params, Type siteReturn) throws Unsupported {
        Type value = asm(h.valueType());
        List<Type> canonical = new ArrayList<>(List.of(Type.getType(byte[].class), Type.INT_TYPE));
        if (m.op() == AccessMethod.Op.SET) canonical.add(value);
        if (!m.plain() || (m.op() != AccessMethod.Op.GET && m.op() != AccessMethod.Op.SET)) {
            throw new Unsupported("Kiln compiles only the plain get and set of a byte array view");
        }
        Type returns = m.op().returnType(value);
        if (!List.of(params).equals(canonical) || !siteReturn.equals(returns)) {
            throw new Unsupported("the access mode is " + describe(canonical) + returns.getClassName() + ", the call site "
                    + describe(List.of(params)) + siteReturn.getClassName() + "; Kiln lowers only call sites of the view's own types");
        }
        int[] slots = storeAll(params);
        out.add(new InsnNode(POP));
        for (int k = 0; k < params.length; k++) load(params[k], slots[k]);
        out.add(new InsnNode(h.bigEndian() ? ICONST_1 : ICONST_0));
        String name = (m.op() == AccessMethod.Op.GET ? "get" : "set") + switch (value.getSort()) {
            case Type.SHORT -> "Short";
            case Type.CHAR -> "Char";
            case Type.INT -> "Int";
            case Type.LONG -> "Long";
            case Type.FLOAT -> "Float";
            default -> "Double";
        };
        String desc = Type.getMethodDescriptor(returns, canonical.toArray(new Type[0])).replace(")", "Z)");
        out.add(new MethodInsnNode(INVOKESTATIC, BYTE_ARRAY_VIEWS, name, desc, false));
        return out;
    }

    /**
     * An Unsafe access of a field (on the stack: the Unsafe receiver, the object, the offset, the values).
     *
     * @param objectType      the object's static type
     * @param nonNull         the object is known not to be null
     * @param receiverMessage the NullPointerException message for a null Unsafe receiver
     */
    InsnList unsafeField(AccessMethod m, FieldHandle h, JType objectType, boolean nonNull, String receiverMessage) throws Unsupported {
        target = h;
        Type value = asm(h.valueType());
        int[] slots = unsafeOperands(m, value, receiverMessage);
        if (!h.isStatic()) {
            if (!nonNull) nullCheck(slots[0]);
            load(OBJECT, slots[0]);
            JType owner = JType.object(h.field().owner());
            if (!ctx.isAssignable(objectType, owner)) out.add(new TypeInsnNode(CHECKCAST, internal(h.field().owner())));
            object = store(OBJECT);
        }
        operate(m.op(), value, castValues(m, value, slots), false);
        return out;
    }

    /**
     * An Unsafe access of an array element at an offset computed from {@code arrayBaseOffset} and
     * {@code arrayIndexScale} (on the stack: the Unsafe receiver, the array, the offset, the values).
     *
     * @param arrayType the array's static type
     * @param nonNull   the array is known not to be null
     */
    InsnList unsafeArray(AccessMethod m, JType arrayType, boolean nonNull, String receiverMessage) throws Unsupported {
        target = FieldHandle.arrayVarHandle(arrayType);
        Type value = asm(arrayType.component());
        int[] slots = unsafeOperands(m, value, receiverMessage);
        if (!nonNull) nullCheck(slots[0]);
        array = slots[0];
        load(Type.LONG_TYPE, slots[1]);
        out.add(new LdcInsnNode(ARRAY_BASE_OFFSET));
        out.add(new InsnNode(LSUB));
        out.add(new LdcInsnNode(Integer.numberOfTrailingZeros(elementSize(value))));
        out.add(new InsnNode(LSHR));
        out.add(new InsnNode(L2I));
        index = store(Type.INT_TYPE);
        operate(m.op(), value, castValues(m, value, slots), false);
        return out;
    }

    /** Stores the operands of an Unsafe access and checks its receiver; the values start at slot 2. */
    private int[] unsafeOperands(AccessMethod m, Type value, String receiverMessage) throws Unsupported {
        if (!(isReference(value) ? isReference(m.type()) : value.equals(m.type()))) {
            throw new Unsupported("it accesses " + m.type().getClassName() + " where " + target.describe() + " holds " + value.getClassName());
        }
        checkSupported(m.op(), value);
        Type[] params = new Type[2 + m.op().values];
        params[0] = OBJECT;
        params[1] = Type.LONG_TYPE;
        for (int k = 2; k < params.length; k++) params[k] = m.type();
        int[] slots = storeAll(params);
        LabelNode ok = new LabelNode();
        out.add(new JumpInsnNode(IFNONNULL, ok));
        throwNullPointer(receiverMessage);
        out.add(ok);
        return slots;
    }

    /** The value slots of an Unsafe access, a reference stored cast to the variable's type (the JVM stores any). */
    private int[] castValues(AccessMethod m, Type value, int[] slots) {
        int[] values = new int[m.op().values];
        System.arraycopy(slots, 2, values, 0, values.length);
        if (isReference(value) && !value.equals(OBJECT) && !target.isArray() && m.op().writes()) {
            int stored = values.length - 1;
            load(OBJECT, values[stored]);
            out.add(new TypeInsnNode(CHECKCAST, value.getInternalName()));
            values[stored] = store(value);
        }
        return values;
    }

    /**
     * The operation itself, the object or array already checked.
     *
     * @param storeChecks check a reference array store without message before it, as the JDK's non-plain modes do
     */
    private void operate(AccessMethod.Op op, Type value, int[] values, boolean storeChecks) {
        switch (op) {
            case GET -> get();
            case SET -> {
                if (storeChecks) {
                    get();
                    out.add(new InsnNode(POP));
                    storeCheck(values[0]);
                }
                put(value, () -> load(value, values[0]));
            }
            case GET_AND_SET -> {
                int old = getInto(value);
                if (storeChecks) storeCheck(values[0]);
                put(value, () -> load(value, values[0]));
                load(value, old);
            }
            case COMPARE_AND_SET, COMPARE_AND_EXCHANGE -> {
                int old = getInto(value);
                if (storeChecks) storeCheck(values[1]);
                LabelNode differ = new LabelNode();
                LabelNode end = new LabelNode();
                load(value, old);
                load(value, values[0]);
                jumpIfDifferent(value, differ);
                put(value, () -> load(value, values[1]));
                if (op == AccessMethod.Op.COMPARE_AND_SET) {
                    out.add(new InsnNode(ICONST_1));
                    out.add(new JumpInsnNode(GOTO, end));
                    out.add(differ);
                    out.add(new InsnNode(ICONST_0));
                    out.add(end);
                } else {
                    out.add(differ);
                    load(value, old);
                }
            }
            default -> {
                int old = getInto(value);
                put(value, () -> {
                    load(value, old);
                    load(value, values[0]);
                    out.add(new InsnNode(value.getOpcode(arithmetic(op))));
                    narrow(value);
                });
                load(value, old);
            }
        }
    }

    private int getInto(Type value) {
        get();
        return store(value);
    }

    private void get() {
        if (target.isArray()) {
            load(OBJECT, array);
            load(Type.INT_TYPE, index);
            out.add(new InsnNode(asm(target.valueType()).getOpcode(IALOAD)));
        } else if (target.isStatic()) {
            out.add(field(GETSTATIC));
        } else {
            load(OBJECT, object);
            out.add(field(GETFIELD));
        }
    }

    private void put(Type value, Runnable pushValue) {
        if (target.isArray()) {
            load(OBJECT, array);
            load(Type.INT_TYPE, index);
            pushValue.run();
            out.add(new InsnNode(value.getOpcode(IASTORE)));
        } else if (target.isStatic()) {
            pushValue.run();
            out.add(field(PUTSTATIC));
        } else {
            load(OBJECT, object);
            pushValue.run();
            out.add(field(PUTFIELD));
        }
    }

    private FieldInsnNode field(int opcode) {
        return new FieldInsnNode(opcode, internal(target.field().owner()), target.field().name(), target.field().type().descriptor());
    }

    /** Jumps if the two values on the stack differ: bit patterns for floats and doubles, identity for references. */
    private void jumpIfDifferent(Type value, LabelNode differ) {
        switch (value.getSort()) {
            case Type.LONG -> {
                out.add(new InsnNode(LCMP));
                out.add(new JumpInsnNode(IFNE, differ));
            }
            case Type.FLOAT -> {
                int b = store(value);
                out.add(new MethodInsnNode(INVOKESTATIC, "java/lang/Float", "floatToRawIntBits", "(F)I", false));
                load(value, b);
                out.add(new MethodInsnNode(INVOKESTATIC, "java/lang/Float", "floatToRawIntBits", "(F)I", false));
                out.add(new JumpInsnNode(IF_ICMPNE, differ));
            }
            case Type.DOUBLE -> {
                int b = store(value);
                out.add(new MethodInsnNode(INVOKESTATIC, "java/lang/Double", "doubleToRawLongBits", "(D)J", false));
                load(value, b);
                out.add(new MethodInsnNode(INVOKESTATIC, "java/lang/Double", "doubleToRawLongBits", "(D)J", false));
                out.add(new InsnNode(LCMP));
                out.add(new JumpInsnNode(IFNE, differ));
            }
            case Type.OBJECT, Type.ARRAY -> out.add(new JumpInsnNode(IF_ACMPNE, differ));
            default -> out.add(new JumpInsnNode(IF_ICMPNE, differ));
        }
    }

    /** The int-form opcode of a read-modify-write operation. */
    private static int arithmetic(AccessMethod.Op op) {
        return switch (op) {
            case GET_AND_ADD -> IADD;
            case GET_AND_BITWISE_OR -> IOR;
            case GET_AND_BITWISE_AND -> IAND;
            default -> IXOR;
        };
    }

    /** Truncates an int result to a byte, short or char variable, as the JVM stores it. */
    private void narrow(Type value) {
        switch (value.getSort()) {
            case Type.BYTE -> out.add(new InsnNode(I2B));
            case Type.SHORT -> out.add(new InsnNode(I2S));
            case Type.CHAR -> out.add(new InsnNode(I2C));
            default -> { }
        }
    }

    /** What VarHandle supports (and Unsafe offers): no arithmetic on booleans or references, no bits of floating point. */
    private void checkSupported(AccessMethod.Op op, Type value) throws Unsupported {
        int sort = value.getSort();
        boolean numeric = sort >= Type.CHAR && sort <= Type.DOUBLE;
        boolean bits = sort >= Type.BOOLEAN && sort <= Type.LONG && sort != Type.FLOAT;
        boolean ok = switch (op) {
            case GET_AND_ADD -> numeric;
            case GET_AND_BITWISE_OR, GET_AND_BITWISE_AND, GET_AND_BITWISE_XOR -> bits;
            default -> true;
        };
        if (!ok) throw new Unsupported(op.name().toLowerCase() + " is not supported for " + value.getClassName());
    }

    /** ArrayStoreException, without message, unless the value in {@code slot} fits the array's runtime component type. */
    private void storeCheck(int slot) {
        LabelNode ok = new LabelNode();
        load(OBJECT, slot);
        out.add(new JumpInsnNode(IFNULL, ok));
        load(OBJECT, array);
        out.add(new MethodInsnNode(INVOKEVIRTUAL, "java/lang/Object", "getClass", "()Ljava/lang/Class;", false));
        out.add(new MethodInsnNode(INVOKEVIRTUAL, "java/lang/Class", "getComponentType", "()Ljava/lang/Class;", false));
        load(OBJECT, slot);
        out.add(new MethodInsnNode(INVOKEVIRTUAL, "java/lang/Class", "isInstance", "(Ljava/lang/Object;)Z", false));
        out.add(new JumpInsnNode(IFNE, ok));
        out.add(new TypeInsnNode(NEW, "java/lang/ArrayStoreException"));
        out.add(new InsnNode(DUP));
        out.add(new MethodInsnNode(INVOKESPECIAL, "java/lang/ArrayStoreException", "<init>", "()V", false));
        out.add(new InsnNode(ATHROW));
        out.add(ok);
    }

    /** A NullPointerException without message, as {@code Objects.requireNonNull} throws in the JDK's VarHandles. */
    private void nullCheck(int slot) {
        LabelNode ok = new LabelNode();
        load(OBJECT, slot);
        out.add(new JumpInsnNode(IFNONNULL, ok));
        throwNullPointer(null);
        out.add(ok);
    }

    private void throwNullPointer(String message) {
        out.add(new TypeInsnNode(NEW, "java/lang/NullPointerException"));
        out.add(new InsnNode(DUP));
        if (message == null) {
            out.add(new MethodInsnNode(INVOKESPECIAL, "java/lang/NullPointerException", "<init>", "()V", false));
        } else {
            out.add(new LdcInsnNode(message));
            out.add(new MethodInsnNode(INVOKESPECIAL, "java/lang/NullPointerException", "<init>", "(Ljava/lang/String;)V", false));
        }
        out.add(new InsnNode(ATHROW));
    }

    /**
     * Converts the value on the stack as {@code MethodHandle.asType} does between a call site and an access mode:
     * identity, primitive widening, boxing to a supertype of the wrapper, unboxing a wrapper (then widening), and
     * reference casts; a void result is dropped.
     */
    private void convert(Type from, Type to) throws Unsupported {
        if (from.equals(to)) return;
        if (to.getSort() == Type.VOID) {
            out.add(new InsnNode(from.getSize() == 2 ? POP2 : POP));
            return;
        }
        String problem = "cannot convert " + from.getClassName() + " to " + to.getClassName();
        if (from.getSort() == Type.VOID) throw new Unsupported(problem);
        if (!isReference(from) && !isReference(to)) {
            if (!widen(from, to)) throw new Unsupported(problem);
        } else if (!isReference(from)) {
            Type box = wrapper(from);
            if (!ctx.isAssignable(jtype(box), jtype(to))) throw new Unsupported(problem);
            out.add(new MethodInsnNode(INVOKESTATIC, box.getInternalName(), "valueOf", Type.getMethodDescriptor(box, from), false));
        } else if (!isReference(to)) {
            Type primitive = unwrapped(from);
            if (primitive == null) throw new Unsupported(problem);
            out.add(new MethodInsnNode(INVOKEVIRTUAL, from.getInternalName(), primitive.getClassName() + "Value",
                    Type.getMethodDescriptor(primitive), false));
            if (!widen(primitive, to)) throw new Unsupported(problem);
        } else if (from.getInternalName().equals("java/lang/Void")) {
            out.add(new TypeInsnNode(CHECKCAST, to.getInternalName()));
        } else if (!ctx.isAssignable(jtype(from), jtype(to))) {
            out.add(new LdcInsnNode(to));
            out.add(new InsnNode(SWAP));
            out.add(new MethodInsnNode(INVOKEVIRTUAL, CLASS.getInternalName(), "cast", "(Ljava/lang/Object;)Ljava/lang/Object;", false));
            out.add(new TypeInsnNode(CHECKCAST, to.getInternalName()));
        }
    }

    /** Emits a widening primitive conversion (JLS 5.1.2) if there is one, or nothing for the same type. */
    private boolean widen(Type from, Type to) {
        int f = from.getSort();
        int t = to.getSort();
        if (f == t) return true;
        if (f == Type.BOOLEAN || t == Type.BOOLEAN || t == Type.BYTE || t == Type.CHAR || f == Type.DOUBLE) return false;
        if (t == Type.SHORT) return f == Type.BYTE;
        boolean intLike = f == Type.BYTE || f == Type.SHORT || f == Type.CHAR || f == Type.INT;
        if (t == Type.INT) return intLike;
        if (intLike) {
            if (t == Type.LONG) out.add(new InsnNode(I2L));
            if (t == Type.FLOAT) out.add(new InsnNode(I2F));
            if (t == Type.DOUBLE) out.add(new InsnNode(I2D));
            return true;
        }
        if (f == Type.LONG) {
            out.add(new InsnNode(t == Type.FLOAT ? L2F : L2D));
            return true;
        }
        if (t != Type.DOUBLE) return false;
        out.add(new InsnNode(F2D));
        return true;
    }

    private static Type wrapper(Type primitive) {
        String name = switch (primitive.getSort()) {
            case Type.BOOLEAN -> "Boolean";
            case Type.BYTE -> "Byte";
            case Type.CHAR -> "Character";
            case Type.SHORT -> "Short";
            case Type.INT -> "Integer";
            case Type.LONG -> "Long";
            case Type.FLOAT -> "Float";
            default -> "Double";
        };
        return Type.getObjectType("java/lang/" + name);
    }

    /** The primitive a wrapper class holds, or null for any other class. */
    private static Type unwrapped(Type reference) {
        for (Type p : new Type[] {Type.BOOLEAN_TYPE, Type.BYTE_TYPE, Type.CHAR_TYPE, Type.SHORT_TYPE, Type.INT_TYPE,
                Type.LONG_TYPE, Type.FLOAT_TYPE, Type.DOUBLE_TYPE}) {
            if (wrapper(p).equals(reference)) return p;
        }
        return null;
    }

    private static int elementSize(Type component) {
        return switch (component.getSort()) {
            case Type.BOOLEAN, Type.BYTE -> 1;
            case Type.CHAR, Type.SHORT -> 2;
            case Type.LONG, Type.DOUBLE -> 8;
            default -> 4;
        };
    }

    /** Stores the values on the stack (the last one on top) in fresh locals; returns their slots in order. */
    private int[] storeAll(Type[] types) {
        int[] slots = new int[types.length];
        for (int k = types.length - 1; k >= 0; k--) slots[k] = store(types[k]);
        return slots;
    }

    private int store(Type t) {
        int slot = nextTemp;
        nextTemp += t.getSize();
        maxTemp = Math.max(maxTemp, nextTemp);
        out.add(new VarInsnNode(t.getOpcode(ISTORE), slot));
        return slot;
    }

    private void load(Type t, int slot) {
        out.add(new VarInsnNode(t.getOpcode(ILOAD), slot));
    }

    private static boolean isReference(Type t) {
        return t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY;
    }

    private static Type asm(JType t) {
        return Type.getType(t.descriptor());
    }

    private static JType jtype(Type t) {
        return JType.fromDescriptor(t.getDescriptor());
    }

    private static String internal(String binaryName) {
        return binaryName.replace('.', '/');
    }

    private static String describe(List<Type> types) {
        StringBuilder sb = new StringBuilder("(");
        for (int k = 0; k < types.size(); k++) sb.append(k == 0 ? "" : ", ").append(types.get(k).getClassName());
        return sb.append(')').toString();
    }
}
