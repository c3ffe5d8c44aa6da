package dev.kiln.ir;

/**
 * The type each instruction kind produces before any narrowing: what a fresh result gets from its
 * operation alone ({@code add int} gives {@code int}, {@code getfield ...:boolean} gives {@code int},
 * {@code new example.Point} gives {@code example.Point}).
 *
 * <p>One definition serves three clients that must agree: the text printer writes a result's type only
 * when it differs from this, the parser derives it back, and the verifier checks results against it.
 */
public final class ResultTypes {
    private static final JType CLASS = JType.object("java.lang.Class");
    private static final JType THROWABLE = JType.object("java.lang.Throwable");

    private ResultTypes() {}

    /**
     * The produced type, or null if the instruction produces nothing (a void call, a store, a terminator)
     * or is too malformed to produce anything ({@code newarray void}); the verifier reports the latter,
     * and printing must not fail on it. A {@code caught} produces {@code java.lang.Throwable}: its exact
     * type is the handler's business.
     */
    public static JType of(Instruction insn) {
        if (insn instanceof Insn.Const c) return ofConstant(c.value());
        if (insn instanceof Insn.Binary b) return b.op().isComparison() ? JType.INT : b.type();
        if (insn instanceof Insn.Negate n) return n.type();
        if (insn instanceof Insn.Convert c) return c.to().computational();
        if (insn instanceof Insn.GetField g) return g.field().type().computational();
        if (insn instanceof Insn.GetStatic g) return g.field().type().computational();
        if (insn instanceof Insn.Invoke i) return i.method().sig().ret().isVoid() ? null : i.method().sig().ret().computational();
        if (insn instanceof Insn.New n) return isClassName(n.className()) ? JType.object(n.className()) : null;
        if (insn instanceof Insn.NewArray n) return canBeComponent(n.componentType()) ? JType.array(n.componentType()) : null;
        if (insn instanceof Insn.NewArrayOf n) return canBeComponent(n.componentType()) ? JType.array(n.componentType()) : null;
        if (insn instanceof Insn.NewMultiArray n) return n.arrayType();
        if (insn instanceof Insn.ArrayLoad a) return a.componentType().computational();
        if (insn instanceof Insn.ArrayLength || insn instanceof Insn.InstanceOf) return JType.INT;
        if (insn instanceof Insn.CheckCast c) return c.type();
        if (insn instanceof Insn.Caught) return THROWABLE;
        return null;
    }

    /** True if arrays of {@code t} exist: anything but void and the null type. */
    public static boolean canBeComponent(JType t) {
        return !t.isVoid() && t.kind() != JType.Kind.NULL;
    }

    private static boolean isClassName(String name) {
        return name != null && !name.isEmpty() && name.indexOf('/') < 0 && !name.startsWith("[");
    }

    /** The type of a {@link Insn.Const} value, or null if the object is not a valid constant. */
    public static JType ofConstant(Object value) {
        if (value == null) return JType.NULL;
        if (value instanceof Integer) return JType.INT;
        if (value instanceof Long) return JType.LONG;
        if (value instanceof Float) return JType.FLOAT;
        if (value instanceof Double) return JType.DOUBLE;
        if (value instanceof String) return JType.STRING;
        if (value instanceof JType) return CLASS;
        return null;
    }
}
