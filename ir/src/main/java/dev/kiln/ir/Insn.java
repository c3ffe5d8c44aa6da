package dev.kiln.ir;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every kind of IR instruction, one nested class each. The text form of each is given in its comment
 * ({@code vR} is the result, {@code vA}, {@code vB}... operands). Result types are computational.
 *
 * <p>Implicit exceptions are explicit: the frontend puts a check ({@link NullCheck}, {@link BoundsCheck},
 * {@link ZeroCheck}, {@link StoreCheck}) before each instruction that the JVM would make throw, and the
 * instruction itself then assumes its operands pass (a null object, an index out of bounds or a zero
 * divisor there is undefined: the backend may trap). So only the checks may throw, and an optimizer
 * removes a redundant one by deleting a single instruction. {@link CheckCast}, {@link NewArray} and
 * {@link NewMultiArray} keep their checks inside (ClassCastException, NegativeArraySizeException).
 */
public final class Insn {
    private Insn() {}

    /**
     * {@code vR = const int 5}, {@code const long 5}, {@code const float 1.5}, {@code const double -0.0},
     * {@code const string "text"}, {@code const null}, {@code const class java.lang.String[]}.
     * The value is an Integer, Long, Float, Double, String, null, or a JType (a class literal).
     */
    public static final class Const extends Instruction {
        private final Object value;

        public Const(Value result, Object value) {
            super(result, List.of());
            this.value = value;
        }

        public Object value() { return value; }
        @Override public String opcode() { return "const"; }
        @Override public boolean mayThrow() { return false; }
        @Override public <R> R accept(InsnVisitor<R> v) { return v.visitConst(this); }
    }

    /**
     * {@code vR = add int vA, vB}; the type is the operands' type (for shifts, the first operand's). Integer
     * {@code div} and {@code rem} assume a non-zero divisor ({@link ZeroCheck}).
     */
    public static final class Binary extends Instruction {
        private final BinaryOp op;
        private final JType type;

        public Binary(Value result, BinaryOp op, JType type, Value a, Value b) {
            super(result, List.of(a, b));
            this.op = op;
            this.type = type;
        }

        public BinaryOp op() { return op; }
        public JType type() { return type; }
        @Override public String opcode() { return op.mnemonic(); }
        /** An int or long divisor of zero is undefined here: a {@link ZeroCheck} precedes the division. */
        @Override public boolean mayThrow() { return false; }
        @Override public <R> R accept(InsnVisitor<R> v) { return v.visitBinary(this); }
    }

    /** {@code vR = neg double vA}. */
    public static final class Negate extends Instruction {
        private final JType type;

        public Negate(Value result, JType type, Value a) {
            super(result, List.of(a));
            this.type = type;
        }

        public JType type() { return type; }
        @Override public String opcode() { return "neg"; }
        @Override public boolean mayThrow() { return false; }
        @Override public <R> R accept(InsnVisitor<R> v) { return v.visitNegate(this); }
    }

    /**
     * {@code vR = convert int->long vA}. Covers every JVM conversion opcode: among int, long, float and
     * double (float/double to int/long saturate and map NaN to 0), and int to byte, char or short
     * (sign- or zero-extending the low bits; the result is an int).
     */
    public static final class Convert extends Instruction {
        private final JType from;
        private final JType to;

        public Convert(Value result, JType from, JType to, Value a) {
            super(result, List.of(a));
            this.from = from;
            this.to = to;
        }

        public JType from() { return from; }
        public JType to() { return to; }
        @Override public String opcode() { return "convert"; }
        @Override public boolean mayThrow() { return false; }
        @Override public <R> R accept(InsnVisitor<R> v) { return v.visitConvert(this); }
    }

    /** {@code vR = getfield example.Point.x:int vA}; vA is not null ({@link NullCheck}). */
    public static final class GetField extends Instruction {
        private final FieldRef field;

        public GetField(Value result, FieldRef field, Value object) {
            super(result, List.of(object));
            this.field = field;
        }

        public FieldRef field() { return field; }
        @Override public String opcode() { return "getfield"; }
        @Override public boolean mayThrow() { return false; }
        @Override public <R> R accept(InsnVisitor<R> v) { return v.visitGetField(this); }
    }

    /** {@code putfield example.Point.x:int vA, vB}; vA is not null ({@link NullCheck}). */
    public static final class PutField extends Instruction {
        private final FieldRef field;

        public PutField(FieldRef field, Value object, Value value) {
            super(null, List.of(object, value));
            this.field = field;
        }

        public FieldRef field() { return field; }
        @Override public String opcode() { return "putfield"; }
        @Override public boolean mayThrow() { return false; }
        @Override public <R> R accept(InsnVisitor<R> v) { return v.visitPutField(this); }
    }

    /** {@code vR = getstatic example.Main.count:int}. Class initialisation is a separate {@link InitClass}. */
    public static final class GetStatic extends Instruction {
        private final FieldRef field;

        public GetStatic(Value result, FieldRef field) {
            super(result, List.of());
            this.field = field;
        }

        public FieldRef field() { return field; }
        @Override public String opcode() { return "getstatic"; }
        @Override public boolean mayThrow() { return false; }
        @Override public <R> R accept(InsnVisitor<R> v) { return v.visitGetStatic(this); }
    }

    /** {@code putstatic example.Main.count:int vA}. */
    public static final class PutStatic extends Instruction {
        private final FieldRef field;

        public PutStatic(FieldRef field, Value value) {
            super(null, List.of(value));
            this.field = field;
        }

        public FieldRef field() { return field; }
        @Override public String opcode() { return "putstatic"; }
        @Override public boolean mayThrow() { return false; }
        @Override public <R> R accept(InsnVisitor<R> v) { return v.visitPutStatic(this); }
    }

    /**
     * {@code vR = invoke.virtual java.lang.Object.hashCode()int vA}: operands are the receiver (unless
     * STATIC) followed by the arguments. No result for a void method.
     */
    public static final class Invoke extends Instruction {
        private final InvokeKind kind;
        private final MethodRef method;

        public Invoke(Value result, InvokeKind kind, MethodRef method, List<Value> args) {
            super(result, args);
            this.kind = kind;
            this.method = method;
        }

        public InvokeKind kind() { return kind; }
        public MethodRef method() { return method; }
        public boolean hasReceiver() { return kind != InvokeKind.STATIC; }
        @Override public String opcode() { return "invoke." + kind.mnemonic(); }
        @Override public boolean mayThrow() { return true; }
        @Override public <R> R accept(InsnVisitor<R> v) { return v.visitInvoke(this); }
    }

    /** {@code vR = new example.Point}: allocates with default field values; the constructor is a separate call. */
    public static final class New extends Instruction {
        private final String className;

        public New(Value result, String className) {
            super(result, List.of());
            this.className = className;
        }

        public String className() { return className; }
        @Override public String opcode() { return "new"; }
        @Override public boolean mayThrow() { return true; }
        @Override public <R> R accept(InsnVisitor<R> v) { return v.visitNew(this); }
    }

    /**
     * {@code vR = newarray int vLength}: a one-dimensional array of the given component type;
     * NegativeArraySizeException (the length as its message) if the length is negative.
     */
    public static final class NewArray extends Instruction {
        private final JType componentType;

        public NewArray(Value result, JType componentType, Value length) {
            super(result, List.of(length));
            this.componentType = componentType;
        }

        public JType componentType() { return componentType; }
        @Override public String opcode() { return "newarray"; }
        @Override public boolean mayThrow() { return true; }
        @Override public <R> R accept(InsnVisitor<R> v) { return v.visitNewArray(this); }
    }

    /**
     * {@code vR = newarrayof int vA, vB, vC}: a one-dimensional array whose length is the number of operands
     * and whose elements are the operands, in order (stored as {@link ArrayStore} would store them). Nothing
     * can fail: the length is a constant and every element fits its component type. The optimizer folds an
     * array initializer ({@code newarray} with a constant length, then a store to every index) into one
     * (FoldArrayInitializers); the backend builds an array of constants from a data segment.
     */
    public static final class NewArrayOf extends Instruction {
        private final JType componentType;

        public NewArrayOf(Value result, JType componentType, List<Value> elements) {
            super(result, elements);
            this.componentType = componentType;
        }

        public JType componentType() { return componentType; }
        @Override public String opcode() { return "newarrayof"; }
        @Override public boolean mayThrow() { return false; }
        @Override public <R> R accept(InsnVisitor<R> v) { return v.visitNewArrayOf(this); }
    }

    /**
     * {@code vR = newmultiarray int[][][] vA, vB}: the array type, then one length per allocated dimension
     * (possibly fewer than the type's dimensions, as with {@code new int[3][]}). Every length is checked
     * before anything is allocated: the first negative one, in order, is the NegativeArraySizeException's
     * message.
     */
    public static final class NewMultiArray extends Instruction {
        private final JType arrayType;

        public NewMultiArray(Value result, JType arrayType, List<Value> lengths) {
            super(result, lengths);
            this.arrayType = arrayType;
        }

        public JType arrayType() { return arrayType; }
        @Override public String opcode() { return "newmultiarray"; }
        @Override public boolean mayThrow() { return true; }
        @Override public <R> R accept(InsnVisitor<R> v) { return v.visitNewMultiArray(this); }
    }

    /**
     * {@code vR = aload int vArray, vIndex}; the component type selects the array kind (byte vs boolean too).
     * The array is not null and the index in bounds ({@link NullCheck}, {@link BoundsCheck}).
     */
    public static final class ArrayLoad extends Instruction {
        private final JType componentType;

        public ArrayLoad(Value result, JType componentType, Value array, Value index) {
            super(result, List.of(array, index));
            this.componentType = componentType;
        }

        public JType componentType() { return componentType; }
        @Override public String opcode() { return "aload"; }
        @Override public boolean mayThrow() { return false; }
        @Override public <R> R accept(InsnVisitor<R> v) { return v.visitArrayLoad(this); }
    }

    /**
     * {@code astore int vArray, vIndex, vValue}; the array is not null, the index in bounds and, for
     * references, the value fits the array's runtime component type ({@link NullCheck}, {@link BoundsCheck},
     * {@link StoreCheck}).
     */
    public static final class ArrayStore extends Instruction {
        private final JType componentType;

        public ArrayStore(JType componentType, Value array, Value index, Value value) {
            super(null, List.of(array, index, value));
            this.componentType = componentType;
        }

        public JType componentType() { return componentType; }
        @Override public String opcode() { return "astore"; }
        @Override public boolean mayThrow() { return false; }
        @Override public <R> R accept(InsnVisitor<R> v) { return v.visitArrayStore(this); }
    }

    /** {@code vR = arraylength vA}; vA is not null ({@link NullCheck}). */
    public static final class ArrayLength extends Instruction {
        public ArrayLength(Value result, Value array) {
            super(result, List.of(array));
        }

        @Override public String opcode() { return "arraylength"; }
        @Override public boolean mayThrow() { return false; }
        @Override public <R> R accept(InsnVisitor<R> v) { return v.visitArrayLength(this); }
    }

    /** {@code vR = instanceof java.lang.String vA}: 1 if vA is a non-null instance of the type, else 0. */
    public static final class InstanceOf extends Instruction {
        private final JType type;

        public InstanceOf(Value result, JType type, Value object) {
            super(result, List.of(object));
            this.type = type;
        }

        public JType type() { return type; }
        @Override public String opcode() { return "instanceof"; }
        @Override public boolean mayThrow() { return false; }
        @Override public <R> R accept(InsnVisitor<R> v) { return v.visitInstanceOf(this); }
    }

    /**
     * {@code vR = checkcast java.lang.String vA}: vA itself, typed; null passes; otherwise ClassCastException,
     * whose message names both classes and where they are loaded from, as the JVM's does.
     * {@code vR = cast java.lang.String vA} is a checkcast the whole-program analysis proved cannot fail: it only
     * narrows the type, and never throws.
     */
    public static final class CheckCast extends Instruction {
        private final JType type;
        private final boolean proven;

        public CheckCast(Value result, JType type, Value object) {
            this(result, type, object, false);
        }

        public CheckCast(Value result, JType type, Value object, boolean proven) {
            super(result, List.of(object));
            this.type = type;
            this.proven = proven;
        }

        public JType type() { return type; }
        /** True for a {@code cast}: proved to succeed, so no check is made and nothing is thrown. */
        public boolean proven() { return proven; }
        @Override public String opcode() { return proven ? "cast" : "checkcast"; }
        @Override public boolean mayThrow() { return !proven; }
        @Override public <R> R accept(InsnVisitor<R> v) { return v.visitCheckCast(this); }
    }

    /**
     * {@code initclass example.Config}: runs the class's initialisation (JLS 12.4) if it has not started yet.
     * The frontend places one before each first active use (new, getstatic, putstatic, invokestatic).
     */
    public static final class InitClass extends Instruction {
        private final String className;

        public InitClass(String className) {
            super(null, List.of());
            this.className = className;
        }

        public String className() { return className; }
        @Override public String opcode() { return "initclass"; }
        @Override public boolean mayThrow() { return true; }
        @Override public <R> R accept(InsnVisitor<R> v) { return v.visitInitClass(this); }
    }

    /**
     * {@code vR = caught java.lang.Exception}: the exception being handled; the first instruction of every
     * exception handler block, and only there. The type is the handler's catch type (Throwable for "any").
     */
    public static final class Caught extends Instruction {
        public Caught(Value result) {
            super(result, List.of());
        }

        @Override public String opcode() { return "caught"; }
        @Override public boolean mayThrow() { return false; }
        @Override public <R> R accept(InsnVisitor<R> v) { return v.visitCaught(this); }
    }

    /**
     * {@code monitorenter vA} / {@code monitorexit vA}; vA is not null ({@link NullCheck}). A monitorexit of a
     * monitor the thread does not own throws IllegalMonitorStateException.
     */
    public static final class Monitor extends Instruction {
        private final boolean enter;

        public Monitor(boolean enter, Value object) {
            super(null, List.of(object));
            this.enter = enter;
        }

        public boolean isEnter() { return enter; }
        @Override public String opcode() { return enter ? "monitorenter" : "monitorexit"; }
        @Override public boolean mayThrow() { return true; }
        @Override public <R> R accept(InsnVisitor<R> v) { return v.visitMonitor(this); }
    }

    // ---- Checks: the implicit exceptions of the instructions above ---------------------------------

    /**
     * {@code nullcheck vA "Cannot read field \"x\" because \"p\" is null"}: throws NullPointerException with
     * the message if vA is null. The message is the JVM's helpful one (JEP 358), computed by the frontend
     * from the bytecode, so the backend only stores the text and builds it on the throwing path. It is null
     * ({@code nullcheck vA}) where the JVM gives none: in the classes standing for the JVM's hidden classes.
     */
    public static final class NullCheck extends Instruction {
        private final String message;

        public NullCheck(Value object, String message) {
            super(null, List.of(object));
            this.message = message;
        }

        public String message() { return message; }
        @Override public String opcode() { return "nullcheck"; }
        @Override public boolean mayThrow() { return true; }
        @Override public <R> R accept(InsnVisitor<R> v) { return v.visitNullCheck(this); }
    }

    /**
     * {@code boundscheck vArray, vIndex}: throws ArrayIndexOutOfBoundsException
     * ({@code Index 5 out of bounds for length 3}) unless {@code 0 <= vIndex < vArray.length}. The array is
     * not null ({@link NullCheck}).
     */
    public static final class BoundsCheck extends Instruction {
        public BoundsCheck(Value array, Value index) {
            super(null, List.of(array, index));
        }

        @Override public String opcode() { return "boundscheck"; }
        @Override public boolean mayThrow() { return true; }
        @Override public <R> R accept(InsnVisitor<R> v) { return v.visitBoundsCheck(this); }
    }

    /** {@code zerocheck vA}: throws ArithmeticException ({@code / by zero}) if the int or long vA is zero. */
    public static final class ZeroCheck extends Instruction {
        public ZeroCheck(Value divisor) {
            super(null, List.of(divisor));
        }

        @Override public String opcode() { return "zerocheck"; }
        @Override public boolean mayThrow() { return true; }
        @Override public <R> R accept(InsnVisitor<R> v) { return v.visitZeroCheck(this); }
    }

    /**
     * {@code storecheck vArray, vValue}: throws ArrayStoreException (the value's class name as message)
     * unless vValue is null or an instance of the reference array's runtime component type. The array
     * is not null ({@link NullCheck}).
     */
    public static final class StoreCheck extends Instruction {
        public StoreCheck(Value array, Value value) {
            super(null, List.of(array, value));
        }

        @Override public String opcode() { return "storecheck"; }
        @Override public boolean mayThrow() { return true; }
        @Override public <R> R accept(InsnVisitor<R> v) { return v.visitStoreCheck(this); }
    }

    // ---- Terminators ------------------------------------------------------------------------------

    /** The last instruction of a block: transfers control and defines no value. */
    public abstract static class Terminator extends Instruction {
        protected Terminator(List<Value> operands) {
            super(null, operands);
        }

        /** Normal-flow successors (exception edges are the block's handlers). */
        public abstract List<Block> successors();

        /** Redirects every edge to {@code from} so it goes to {@code to}. */
        public abstract void replaceSuccessor(Block from, Block to);
    }

    /** {@code goto b3}. */
    public static final class Goto extends Terminator {
        private Block target;

        public Goto(Block target) {
            super(List.of());
            this.target = target;
        }

        public Block target() { return target; }
        @Override public List<Block> successors() { return List.of(target); }
        @Override public void replaceSuccessor(Block from, Block to) { if (target == from) target = to; }
        @Override public String opcode() { return "goto"; }
        @Override public boolean mayThrow() { return false; }
        @Override public <R> R accept(InsnVisitor<R> v) { return v.visitGoto(this); }
    }

    /**
     * {@code if lt vA, vB then b1 else b2}, or with one operand {@code if eq vA then b1 else b2} (compared
     * with 0 or null). See {@link CondOp}.
     */
    public static final class If extends Terminator {
        private final CondOp cond;
        private Block ifTrue;
        private Block ifFalse;

        public If(CondOp cond, List<Value> operands, Block ifTrue, Block ifFalse) {
            super(operands);
            if (operands.isEmpty() || operands.size() > 2) throw new IllegalArgumentException("if takes 1 or 2 operands");
            this.cond = cond;
            this.ifTrue = ifTrue;
            this.ifFalse = ifFalse;
        }

        public CondOp cond() { return cond; }
        public Block ifTrue() { return ifTrue; }
        public Block ifFalse() { return ifFalse; }
        public boolean comparesWithZero() { return operands().size() == 1; }
        @Override public List<Block> successors() { return ifTrue == ifFalse ? List.of(ifTrue) : List.of(ifTrue, ifFalse); }
        @Override public void replaceSuccessor(Block from, Block to) {
            if (ifTrue == from) ifTrue = to;
            if (ifFalse == from) ifFalse = to;
        }
        @Override public String opcode() { return "if"; }
        @Override public boolean mayThrow() { return false; }
        @Override public <R> R accept(InsnVisitor<R> v) { return v.visitIf(this); }
    }

    /** {@code switch vA [1: b2, 5: b3] default b4}: keys are distinct and ascending. */
    public static final class Switch extends Terminator {
        private final int[] keys;
        private final Block[] targets;
        private Block defaultTarget;

        public Switch(Value value, int[] keys, Block[] targets, Block defaultTarget) {
            super(List.of(value));
            if (keys.length != targets.length) throw new IllegalArgumentException("keys and targets differ in length");
            this.keys = keys.clone();
            this.targets = targets.clone();
            this.defaultTarget = defaultTarget;
        }

        public int[] keys() { return keys.clone(); }
        public List<Block> targets() { return Arrays.asList(targets); }
        public Block defaultTarget() { return defaultTarget; }

        /** Where the switch goes for {@code key}: its case's target, else the default. */
        public Block targetOf(int key) {
            for (int k = 0; k < keys.length; k++) if (keys[k] == key) return targets[k];
            return defaultTarget;
        }
        @Override public List<Block> successors() {
            List<Block> out = new ArrayList<>();
            for (Block b : targets) if (!out.contains(b)) out.add(b);
            if (!out.contains(defaultTarget)) out.add(defaultTarget);
            return out;
        }
        @Override public void replaceSuccessor(Block from, Block to) {
            for (int i = 0; i < targets.length; i++) if (targets[i] == from) targets[i] = to;
            if (defaultTarget == from) defaultTarget = to;
        }
        @Override public String opcode() { return "switch"; }
        @Override public boolean mayThrow() { return false; }
        @Override public <R> R accept(InsnVisitor<R> v) { return v.visitSwitch(this); }
    }

    /** {@code return vA} or {@code return}. */
    public static final class Return extends Terminator {
        public Return(Value value) {
            super(value == null ? List.of() : List.of(value));
        }

        public Value value() { return operands().isEmpty() ? null : operand(0); }
        @Override public List<Block> successors() { return List.of(); }
        @Override public void replaceSuccessor(Block from, Block to) {}
        @Override public String opcode() { return "return"; }
        @Override public boolean mayThrow() { return false; }
        @Override public <R> R accept(InsnVisitor<R> v) { return v.visitReturn(this); }
    }

    /** {@code throw vA}: to the block's matching handler, else out of the function; vA is not null ({@link NullCheck}). */
    public static final class Throw extends Terminator {
        public Throw(Value exception) {
            super(List.of(exception));
        }

        @Override public List<Block> successors() { return List.of(); }
        @Override public void replaceSuccessor(Block from, Block to) {}
        @Override public String opcode() { return "throw"; }
        @Override public boolean mayThrow() { return true; }
        @Override public <R> R accept(InsnVisitor<R> v) { return v.visitThrow(this); }
    }

    /** {@code unreachable}: control never gets here (for example after a call that always throws). */
    public static final class Unreachable extends Terminator {
        public Unreachable() {
            super(List.of());
        }

        @Override public List<Block> successors() { return List.of(); }
        @Override public void replaceSuccessor(Block from, Block to) {}
        @Override public String opcode() { return "unreachable"; }
        @Override public boolean mayThrow() { return false; }
        @Override public <R> R accept(InsnVisitor<R> v) { return v.visitUnreachable(this); }
    }
}
