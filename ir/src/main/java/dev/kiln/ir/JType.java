package dev.kiln.ir;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Java type as the IR sees it: a primitive, {@code void}, a class or interface, an array, or the type of
 * the {@code null} constant.
 *
 * <p>Class names are Java binary names with dots ({@code java.lang.String}, {@code a.b.Outer$Inner}). The
 * text form is Java source syntax ({@code int}, {@code java.lang.String[]}); {@link #parse} reads it back and
 * {@link #fromDescriptor} reads JVM descriptors.
 *
 * <p>SSA values only ever have a <em>computational</em> type: {@code int}, {@code long}, {@code float},
 * {@code double} or a reference. {@code boolean}, {@code byte}, {@code char} and {@code short} appear only as
 * field, array element, parameter and return types, exactly as on the JVM's operand stack.
 */
public final class JType {
    /** What kind of type this is. */
    public enum Kind { VOID, BOOLEAN, BYTE, CHAR, SHORT, INT, LONG, FLOAT, DOUBLE, CLASS, ARRAY, NULL }

    public static final JType VOID = new JType(Kind.VOID, null, null);
    public static final JType BOOLEAN = new JType(Kind.BOOLEAN, null, null);
    public static final JType BYTE = new JType(Kind.BYTE, null, null);
    public static final JType CHAR = new JType(Kind.CHAR, null, null);
    public static final JType SHORT = new JType(Kind.SHORT, null, null);
    public static final JType INT = new JType(Kind.INT, null, null);
    public static final JType LONG = new JType(Kind.LONG, null, null);
    public static final JType FLOAT = new JType(Kind.FLOAT, null, null);
    public static final JType DOUBLE = new JType(Kind.DOUBLE, null, null);
    /** The type of {@code null}: a subtype of every reference type. */
    public static final JType NULL = new JType(Kind.NULL, null, null);
    public static final JType OBJECT = object("java.lang.Object");
    public static final JType STRING = object("java.lang.String");

    private final Kind kind;
    private final String className;
    private final JType component;
    /**
     * {@link #hashCode}, computed once: types are the keys (and parts of the keys) of the compiler's maps of fields,
     * methods and signatures, looked up millions of times.
     */
    private final int hash;
    /** {@link #descriptor}, once asked for: lookups by descriptor ask for class types' descriptors over and over. */
    private String descriptor;

    private JType(Kind kind, String className, JType component) {
        this.kind = kind;
        this.className = className;
        this.component = component;
        this.hash = Objects.hash(kind.ordinal(), className, component);
    }

    /** A class or interface type, by binary name with dots. */
    public static JType object(String binaryName) {
        if (binaryName.indexOf('/') >= 0 || binaryName.startsWith("[")) {
            throw new IllegalArgumentException("not a binary class name: " + binaryName);
        }
        return new JType(Kind.CLASS, binaryName, null);
    }

    public static JType array(JType component) {
        if (component.kind == Kind.VOID || component.kind == Kind.NULL) {
            throw new IllegalArgumentException("no arrays of " + component);
        }
        return new JType(Kind.ARRAY, null, component);
    }

    public Kind kind() { return kind; }

    /** The binary class name of a class type. */
    public String className() {
        if (kind != Kind.CLASS) throw new IllegalStateException("not a class type: " + this);
        return className;
    }

    /** The component type of an array type. */
    public JType component() {
        if (kind != Kind.ARRAY) throw new IllegalStateException("not an array type: " + this);
        return component;
    }

    /** The innermost non-array type of an array type, or this type itself. */
    public JType elementType() {
        JType t = this;
        while (t.kind == Kind.ARRAY) t = t.component;
        return t;
    }

    /** The number of array dimensions, 0 for a non-array. */
    public int dimensions() {
        int d = 0;
        for (JType t = this; t.kind == Kind.ARRAY; t = t.component) d++;
        return d;
    }

    public boolean isReference() { return kind == Kind.CLASS || kind == Kind.ARRAY || kind == Kind.NULL; }
    public boolean isPrimitive() { return !isReference() && kind != Kind.VOID; }
    public boolean isArray() { return kind == Kind.ARRAY; }
    public boolean isClass() { return kind == Kind.CLASS; }
    public boolean isVoid() { return kind == Kind.VOID; }
    /** Occupies two JVM local/stack slots. */
    public boolean isWide() { return kind == Kind.LONG || kind == Kind.DOUBLE; }

    /**
     * The type a value of this type has on the JVM operand stack (and so as an SSA value): {@code int} for
     * boolean, byte, char and short; the type itself otherwise.
     */
    public JType computational() {
        return switch (kind) {
            case BOOLEAN, BYTE, CHAR, SHORT -> INT;
            default -> this;
        };
    }

    /** True if this is a valid type for an SSA value (see the class comment). */
    public boolean isComputational() {
        return switch (kind) {
            case INT, LONG, FLOAT, DOUBLE, CLASS, ARRAY, NULL -> true;
            default -> false;
        };
    }

    /** The JVM descriptor ({@code I}, {@code Ljava/lang/String;}, {@code [J}). Not defined for NULL. */
    public String descriptor() {
        String d = descriptor;
        if (d == null) descriptor = d = computeDescriptor();
        return d;
    }

    private String computeDescriptor() {
        return switch (kind) {
            case VOID -> "V";
            case BOOLEAN -> "Z";
            case BYTE -> "B";
            case CHAR -> "C";
            case SHORT -> "S";
            case INT -> "I";
            case LONG -> "J";
            case FLOAT -> "F";
            case DOUBLE -> "D";
            case CLASS -> "L" + className.replace('.', '/') + ";";
            case ARRAY -> "[" + component.descriptor();
            case NULL -> throw new IllegalStateException("the null type has no descriptor");
        };
    }

    /** Reads one JVM field descriptor. */
    public static JType fromDescriptor(String desc) {
        int[] pos = {0};
        JType t = readDescriptor(desc, pos);
        if (pos[0] != desc.length()) throw new IllegalArgumentException("bad descriptor: " + desc);
        return t;
    }

    /** Reads an ASM-style internal name ({@code java/lang/String} or an array descriptor {@code [I}). */
    public static JType fromInternalName(String internalName) {
        return internalName.startsWith("[") ? fromDescriptor(internalName) : object(internalName.replace('/', '.'));
    }

    static JType readDescriptor(String desc, int[] pos) {
        if (pos[0] >= desc.length()) throw new IllegalArgumentException("bad descriptor: " + desc);
        char c = desc.charAt(pos[0]++);
        switch (c) {
            case 'V': return VOID;
            case 'Z': return BOOLEAN;
            case 'B': return BYTE;
            case 'C': return CHAR;
            case 'S': return SHORT;
            case 'I': return INT;
            case 'J': return LONG;
            case 'F': return FLOAT;
            case 'D': return DOUBLE;
            case '[': return array(readDescriptor(desc, pos));
            case 'L': {
                int end = desc.indexOf(';', pos[0]);
                if (end < 0) throw new IllegalArgumentException("bad descriptor: " + desc);
                String name = desc.substring(pos[0], end).replace('/', '.');
                pos[0] = end + 1;
                return object(name);
            }
            default: throw new IllegalArgumentException("bad descriptor: " + desc);
        }
    }

    /** Parses the text form produced by {@link #toString()}. */
    public static JType parse(String text) {
        String s = text.trim();
        int dims = 0;
        while (s.endsWith("[]")) {
            s = s.substring(0, s.length() - 2);
            dims++;
        }
        JType t = switch (s) {
            case "void" -> VOID;
            case "boolean" -> BOOLEAN;
            case "byte" -> BYTE;
            case "char" -> CHAR;
            case "short" -> SHORT;
            case "int" -> INT;
            case "long" -> LONG;
            case "float" -> FLOAT;
            case "double" -> DOUBLE;
            case "null" -> NULL;
            default -> {
                if (s.isEmpty() || !isNameStart(s.charAt(0))) throw new IllegalArgumentException("bad type: " + text);
                yield object(s);
            }
        };
        for (int i = 0; i < dims; i++) t = array(t);
        return t;
    }

    private static boolean isNameStart(char c) {
        return Character.isJavaIdentifierStart(c);
    }

    /** Splits a method descriptor's parameter list. */
    public static List<JType> parameterTypes(String methodDescriptor) {
        List<JType> out = new ArrayList<>();
        int[] pos = {1};
        while (methodDescriptor.charAt(pos[0]) != ')') out.add(readDescriptor(methodDescriptor, pos));
        return out;
    }

    /** The return type of a method descriptor. */
    public static JType returnType(String methodDescriptor) {
        return fromDescriptor(methodDescriptor.substring(methodDescriptor.indexOf(')') + 1));
    }

    @Override
    public String toString() {
        return switch (kind) {
            case VOID -> "void";
            case BOOLEAN -> "boolean";
            case BYTE -> "byte";
            case CHAR -> "char";
            case SHORT -> "short";
            case INT -> "int";
            case LONG -> "long";
            case FLOAT -> "float";
            case DOUBLE -> "double";
            case NULL -> "null";
            case CLASS -> className;
            case ARRAY -> component + "[]";
        };
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof JType other) || hash != other.hash) return false;
        return kind == other.kind && Objects.equals(className, other.className) && Objects.equals(component, other.component);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
