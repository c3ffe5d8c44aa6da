package dev.kiln.frontend.lift;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.objectweb.asm.Type;

/**
 * An access mode of {@code java.lang.invoke.VarHandle} or an access method of {@code jdk.internal.misc.Unsafe},
 * reduced to what it does in a program with one thread: the memory-ordering variants (volatile, acquire,
 * release, opaque, plain) of an operation all do the same, and a weak compare-and-set never fails
 * spuriously (its specification allows, and never requires, that it does).
 *
 * @param op    what it does
 * @param plain for a VarHandle, the plain {@code get} or {@code set}, which the JDK implements for arrays with
 *              an array load or store instruction (so its NullPointerException message says so)
 * @param type  for Unsafe, the type its name says it accesses ({@code Object} for {@code Reference}); null for a
 *              VarHandle, whose call site's descriptor gives the types
 */
record AccessMethod(Op op, boolean plain, Type type) {
    /** The operations, with how many values each takes after the coordinates. */
    enum Op {
        GET(0), SET(1), COMPARE_AND_SET(2), COMPARE_AND_EXCHANGE(2), GET_AND_SET(1),
        GET_AND_ADD(1), GET_AND_BITWISE_OR(1), GET_AND_BITWISE_AND(1), GET_AND_BITWISE_XOR(1);

        final int values;

        Op(int values) {
            this.values = values;
        }

        /** True for the operations that store. */
        boolean writes() {
            return this != GET;
        }

        /** The type the operation returns, for a variable of type {@code value}. */
        Type returnType(Type value) {
            return switch (this) {
                case SET -> Type.VOID_TYPE;
                case COMPARE_AND_SET -> Type.BOOLEAN_TYPE;
                default -> value;
            };
        }
    }

    private static final Map<String, AccessMethod> VAR_HANDLE = new HashMap<>();
    private static final Pattern UNSAFE = Pattern.compile(
            "(get|put|compareAndSet|compareAndExchange|weakCompareAndSet|getAndSet|getAndAdd|getAndBitwiseOr|getAndBitwiseAnd|getAndBitwiseXor)"
                    + "(Int|Long|Reference|Boolean|Byte|Short|Char|Float|Double)(Volatile|Acquire|Release|Opaque|Plain)?");

    static {
        varHandle(Op.GET, true, "get");
        varHandle(Op.GET, false, "getVolatile", "getAcquire", "getOpaque");
        varHandle(Op.SET, true, "set");
        varHandle(Op.SET, false, "setVolatile", "setRelease", "setOpaque");
        varHandle(Op.COMPARE_AND_SET, false, "compareAndSet", "weakCompareAndSetPlain", "weakCompareAndSet",
                "weakCompareAndSetAcquire", "weakCompareAndSetRelease");
        varHandle(Op.COMPARE_AND_EXCHANGE, false, "compareAndExchange", "compareAndExchangeAcquire", "compareAndExchangeRelease");
        for (Op op : new Op[] {Op.GET_AND_SET, Op.GET_AND_ADD, Op.GET_AND_BITWISE_OR, Op.GET_AND_BITWISE_AND, Op.GET_AND_BITWISE_XOR}) {
            String name = unsafeName(op);
            varHandle(op, false, name, name + "Acquire", name + "Release");
        }
    }

    private static void varHandle(Op op, boolean plain, String... names) {
        for (String name : names) VAR_HANDLE.put(name, new AccessMethod(op, plain, null));
    }

    /** The access mode of the VarHandle method {@code name}, or null if it is not one. */
    static AccessMethod ofVarHandle(String name) {
        return VAR_HANDLE.get(name);
    }

    /**
     * The Unsafe access method {@code name} with descriptor {@code desc} (object, offset, then the values), or
     * null if it is not one: accesses of memory addresses alone, unaligned and byte-order variants are not.
     */
    static AccessMethod ofUnsafe(String name, String desc) {
        Matcher m = UNSAFE.matcher(name);
        if (!m.matches()) return null;
        Op op = switch (m.group(1)) {
            case "get" -> Op.GET;
            case "put" -> Op.SET;
            case "compareAndSet", "weakCompareAndSet" -> Op.COMPARE_AND_SET;
            case "compareAndExchange" -> Op.COMPARE_AND_EXCHANGE;
            case "getAndSet" -> Op.GET_AND_SET;
            case "getAndAdd" -> Op.GET_AND_ADD;
            case "getAndBitwiseOr" -> Op.GET_AND_BITWISE_OR;
            case "getAndBitwiseAnd" -> Op.GET_AND_BITWISE_AND;
            default -> Op.GET_AND_BITWISE_XOR;
        };
        Type type = switch (m.group(2)) {
            case "Int" -> Type.INT_TYPE;
            case "Long" -> Type.LONG_TYPE;
            case "Boolean" -> Type.BOOLEAN_TYPE;
            case "Byte" -> Type.BYTE_TYPE;
            case "Short" -> Type.SHORT_TYPE;
            case "Char" -> Type.CHAR_TYPE;
            case "Float" -> Type.FLOAT_TYPE;
            case "Double" -> Type.DOUBLE_TYPE;
            default -> Type.getObjectType("java/lang/Object");
        };
        Type[] params = new Type[2 + op.values];
        params[0] = Type.getObjectType("java/lang/Object");
        params[1] = Type.LONG_TYPE;
        for (int k = 2; k < params.length; k++) params[k] = type;
        String expected = Type.getMethodDescriptor(op.returnType(type), params);
        return expected.equals(desc) ? new AccessMethod(op, false, type) : null;
    }

    /** The name stem VarHandle and Unsafe share for the read-modify-write operations. */
    private static String unsafeName(Op op) {
        return switch (op) {
            case GET_AND_SET -> "getAndSet";
            case GET_AND_ADD -> "getAndAdd";
            case GET_AND_BITWISE_OR -> "getAndBitwiseOr";
            case GET_AND_BITWISE_AND -> "getAndBitwiseAnd";
            case GET_AND_BITWISE_XOR -> "getAndBitwiseXor";
            default -> throw new IllegalArgumentException(op.name());
        };
    }
}
