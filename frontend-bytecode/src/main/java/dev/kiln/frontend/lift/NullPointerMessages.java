package dev.kiln.frontend.lift;

import static org.objectweb.asm.Opcodes.*;

import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * The JVM's helpful NullPointerException messages (JEP 358), computed when the method is lifted rather
 * than when the exception is thrown: what the failing instruction tried ({@code Cannot read field "x"}),
 * then, if the null value can be described, {@code because "p.next" is null} or
 * {@code because the return value of "Main.find(int)" is null}.
 *
 * <p>The description follows the value back through {@link NullSources} to the instruction that pushed
 * it: a local variable (its name from the LocalVariableTable where one covers the load, else
 * {@code this}, {@code <parameterN>} counting declared parameters from 1, or {@code <localN>} by slot), a
 * static field ({@code Owner.name}), an instance field (the object's description, a dot, the name), an
 * array element ({@code array[index]}, with {@code <array>} for an array and {@code ...} for an index that
 * cannot be described), a method's result ({@code Owner.name(parameter types)}), {@code null} itself, or
 * an int constant (as an index); {@code checkcast} passes its operand's description through. Anything
 * else, or a value with different producers on different paths, cannot be described, and the message
 * stops after its first part. Descriptions nest at most {@value #MAX_DEPTH} producers deep; a field whose
 * object is beyond that is named alone. The forms and limits are the JDK 17 JVM's, as observed. In a method
 * whose VarHandle and Unsafe accesses were lowered ({@link LowerFieldHandles}), the instruction pushing an
 * access's result is that call's return value, as it was.
 */
final class NullPointerMessages {
    private static final int MAX_DEPTH = 5;

    private final MethodCode code;
    private final NullSources sources;

    NullPointerMessages(MethodCode code, NullSources sources) {
        this.code = code;
        this.sources = sources;
    }

    /**
     * The message for instruction {@code i} failing on a null operand, {@code depth} entries below the top
     * of the stack.
     */
    String message(int i, int depth) {
        String action = action(code.insn(i));
        int producer = sources.producer(i, depth);
        while (producer != NullSources.UNKNOWN && code.insn(producer).getOpcode() == CHECKCAST && standsFor(producer) == null) {
            producer = sources.producer(producer, 0);
        }
        if (producer == NullSources.UNKNOWN) return action;
        String what = describe(producer, 0);
        if (what == null) return action;
        boolean call = code.insn(producer) instanceof MethodInsnNode || standsFor(producer) != null;
        return action + (call ? " because the return value of \"" : " because \"") + what + "\" is null";
    }

    private static String action(AbstractInsnNode n) {
        int op = n.getOpcode();
        return switch (op) {
            case GETFIELD -> "Cannot read field \"" + ((FieldInsnNode) n).name + "\"";
            case PUTFIELD -> "Cannot assign field \"" + ((FieldInsnNode) n).name + "\"";
            case INVOKEVIRTUAL, INVOKESPECIAL, INVOKEINTERFACE -> "Cannot invoke \"" + method((MethodInsnNode) n) + "\"";
            case IALOAD, LALOAD, FALOAD, DALOAD, AALOAD, BALOAD, CALOAD, SALOAD -> "Cannot load from " + arrayKind(op) + " array";
            case IASTORE, LASTORE, FASTORE, DASTORE, AASTORE, BASTORE, CASTORE, SASTORE -> "Cannot store to " + arrayKind(op) + " array";
            case ARRAYLENGTH -> "Cannot read the array length";
            case ATHROW -> "Cannot throw exception";
            case MONITORENTER -> "Cannot enter synchronized block";
            case MONITOREXIT -> "Cannot exit synchronized block";
            default -> throw new IllegalArgumentException("opcode " + op + " does not dereference");
        };
    }

    private static String arrayKind(int op) {
        return switch (op) {
            case IALOAD, IASTORE -> "int";
            case LALOAD, LASTORE -> "long";
            case FALOAD, FASTORE -> "float";
            case DALOAD, DASTORE -> "double";
            case AALOAD, AASTORE -> "object";
            case BALOAD, BASTORE -> "byte/boolean";
            case CALOAD, CASTORE -> "char";
            default -> "short";
        };
    }

    /** What instruction {@code i} pushed, {@code level} producers into the description; null if not describable. */
    private String describe(int i, int level) {
        if (level >= MAX_DEPTH) return null;
        if (standsFor(i) != null) return method(standsFor(i));
        AbstractInsnNode n = code.insn(i);
        int op = n.getOpcode();
        return switch (op) {
            case ACONST_NULL -> "null";
            case ICONST_M1, ICONST_0, ICONST_1, ICONST_2, ICONST_3, ICONST_4, ICONST_5 -> Integer.toString(op - ICONST_0);
            case BIPUSH, SIPUSH -> Integer.toString(((IntInsnNode) n).operand);
            case ILOAD, LLOAD, FLOAD, DLOAD, ALOAD -> local(((VarInsnNode) n).var, i);
            case GETSTATIC -> className(((FieldInsnNode) n).owner) + "." + ((FieldInsnNode) n).name;
            case GETFIELD -> {
                String object = describeOperand(i, 0, level + 1);
                String name = ((FieldInsnNode) n).name;
                yield object == null ? name : object + "." + name;
            }
            case INVOKEVIRTUAL, INVOKESPECIAL, INVOKESTATIC, INVOKEINTERFACE -> method((MethodInsnNode) n);
            case IALOAD, LALOAD, FALOAD, DALOAD, AALOAD, BALOAD, CALOAD, SALOAD -> {
                String array = describeOperand(i, 1, level + 1);
                String index = describeOperand(i, 0, level);
                yield (array == null ? "<array>" : array) + "[" + (index == null ? "..." : index) + "]";
            }
            case CHECKCAST -> describeOperand(i, 0, level);
            default -> null;
        };
    }

    /** The VarHandle or Unsafe call whose result instruction {@code i} pushes in a lowered method, else null. */
    private MethodInsnNode standsFor(int i) {
        return code.method instanceof LowerFieldHandles.Lowered lowered ? lowered.resultOf(code.insn(i)) : null;
    }

    private String describeOperand(int i, int depth, int level) {
        int producer = sources.producer(i, depth);
        return producer == NullSources.UNKNOWN ? null : describe(producer, level);
    }

    /** A local variable as loaded by instruction {@code i}. */
    private String local(int slot, int i) {
        if (code.method.localVariables != null) {
            for (LocalVariableNode v : code.method.localVariables) {
                if (v.index == slot && code.indexOf(v.start) <= i && i < code.indexOf(v.end)) return v.name;
            }
        }
        boolean instance = !code.isStatic();
        if (instance && slot == 0) return "this";
        int next = instance ? 1 : 0;
        Type[] params = Type.getArgumentTypes(code.method.desc);
        for (int p = 0; p < params.length; p++) {
            if (slot == next) return "<parameter" + (p + 1) + ">";
            next += params[p].getSize();
        }
        return "<local" + slot + ">";
    }

    /** {@code Owner.name(parameter types)}, as the JVM names a method in these messages. */
    private static String method(MethodInsnNode m) {
        StringBuilder sb = new StringBuilder(className(m.owner)).append('.').append(m.name).append('(');
        Type[] params = Type.getArgumentTypes(m.desc);
        for (int p = 0; p < params.length; p++) {
            if (p > 0) sb.append(", ");
            sb.append(typeName(params[p]));
        }
        return sb.append(')').toString();
    }

    /** A class named in a constant pool entry: its binary name (an array class in descriptor form), String and Object unqualified. */
    private static String className(String internalName) {
        String name = internalName.replace('/', '.');
        return switch (name) {
            case "java.lang.Object" -> "Object";
            case "java.lang.String" -> "String";
            default -> name;
        };
    }

    /** A parameter type in Java syntax, classes as {@link #className} names them. */
    private static String typeName(Type t) {
        return switch (t.getSort()) {
            case Type.ARRAY -> typeName(t.getElementType()) + "[]".repeat(t.getDimensions());
            case Type.OBJECT -> className(t.getInternalName());
            default -> t.getClassName();
        };
    }
}
