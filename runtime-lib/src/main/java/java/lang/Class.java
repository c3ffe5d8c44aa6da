package java.lang;

import dev.kiln.runtime.ClassTable;
import dev.kiln.runtime.Intrinsic;

/**
 * A class, interface, array type or primitive type. The backend creates one {@code Class} object per type
 * that needs one and fills the fields below (see docs/RUNTIME-CONTRACT.md); everything here is derived
 * from them, so two Class objects are the same type exactly when they are the same object. Kiln has no
 * reflection: members, annotations, class loaders and the like are not provided, and the compiler
 * reports a call of them as an error at the call site.
 *
 * @param <T> the type modelled
 */
public final class Class<T> implements java.io.Serializable {
    private static final int ACC_INTERFACE = 0x0200;
    private static final int ACC_ANNOTATION = 0x2000;
    private static final int ACC_ENUM = 0x4000;
    private static final int ACC_SYNTHETIC = 0x1000;

    /**
     * The binary name, as {@link #getName()} returns it ({@code java.lang.String}, {@code [I}, {@code int}): made on
     * first use from {@link #nameText} (a Class object is a constant the backend builds; making every name at
     * startup cost code and time for names no program reads), or set by the start function for a name that is
     * not within Latin-1. Read it through {@link #getName()}.
     */
    private String name;
    /**
     * Where the name's Latin-1 text is in the module's string data: offset &lt;&lt; 12 | length + 1, 0 when the
     * backend set {@link #name} itself (docs/RUNTIME-CONTRACT.md, "Object layout").
     */
    private final long nameText;
    /** The component type of an array type; null for other types. */
    private final Class<?> componentType;
    /** The class file's access_flags for classes and interfaces; 0 for array and primitive types. */
    private final int modifiers;
    /** The superclass; java.lang.Object for an array type; null for Object, interfaces and primitive types. */
    private final Class<?> superclass;
    /** The direct superinterfaces in declaration order (Cloneable, Serializable for arrays); null if none. */
    private final Class<?>[] interfaces;
    /**
     * The simple name of a nested class from its InnerClasses entry ("" if anonymous); null for top-level classes.
     * Made on first use from {@link #simpleNameText} like {@link #name}; read it through {@link #simpleName()}.
     */
    private String simpleName;
    /** {@link #nameText} for the simple name; 0 for a top-level class or when the backend set it. */
    private final long simpleNameText;
    /** The class a member class is declared in; null for top-level, local and anonymous classes. */
    private final Class<?> declaringClass;

    private Class(String name, Class<?> componentType, int modifiers, Class<?> superclass, Class<?>[] interfaces,
                  String simpleName, Class<?> declaringClass) {
        this.name = name;
        this.nameText = 0;
        this.simpleNameText = 0;
        this.componentType = componentType;
        this.modifiers = modifiers;
        this.superclass = superclass;
        this.interfaces = interfaces;
        this.simpleName = simpleName;
        this.declaringClass = declaringClass;
    }

    /**
     * The class or interface with this binary name, initialised. Kiln finds the classes of the program's
     * own class path and every class named by a string literal passed to this method (see
     * docs/RUNTIME-CONTRACT.md); array and primitive type names are not found.
     *
     * @throws ClassNotFoundException if the program has no such class
     */
    public static Class<?> forName(String className) throws ClassNotFoundException {
        if (className == null) {
            throw new NullPointerException();
        }
        Class<?> c = ClassTable.forName(className);
        if (c == null) {
            throw new ClassNotFoundException(className);
        }
        return c;
    }

    /** The binary name: {@code java.util.Map$Entry}, {@code [Ljava.lang.String;}, {@code int}. */
    public String getName() {
        String n = name;
        if (n == null) {
            n = text(nameText);
            name = n;
        }
        return n;
    }

    /** The simple name from the InnerClasses entry, null for a top-level class. */
    private String simpleName() {
        String n = simpleName;
        if (n == null && simpleNameText != 0) {
            n = text(simpleNameText);
            simpleName = n;
        }
        return n;
    }

    /** A Latin-1 text of the module's string data: {@code offset << 12 | length + 1}. */
    private static String text(long text) {
        return latin1Text((int) (text >>> 12), (int) (text & 0xfff) - 1);
    }

    /** A new String of the {@code length} Latin-1 characters at {@code offset} of the module's string data. */
    @Intrinsic("kiln.latin1_text")
    private static native String latin1Text(int offset, int length);

    /** {@code "interface "} or {@code "class "} followed by the name; just the name for a primitive type. */
    public String toString() {
        if (isPrimitive()) {
            return getName();
        }
        return (isInterface() ? "interface " : "class ") + getName();
    }

    /** Whether this object represents an interface (annotation interfaces included). */
    public boolean isInterface() {
        return (modifiers & ACC_INTERFACE) != 0;
    }

    /** Whether this object represents an annotation interface. */
    public boolean isAnnotation() {
        return (modifiers & ACC_ANNOTATION) != 0;
    }

    /** Whether the class file marks this class synthetic. */
    public boolean isSynthetic() {
        return (modifiers & ACC_SYNTHETIC) != 0;
    }

    /** Whether this object represents an array type. */
    public boolean isArray() {
        return componentType != null;
    }

    /** The component type of an array type, or null. */
    public Class<?> getComponentType() {
        return componentType;
    }

    /** Whether this object represents a primitive type or {@code void}. */
    public boolean isPrimitive() {
        return componentType == null && superclass == null && !isInterface() && isPrimitiveName(getName());
    }

    /**
     * Whether this is an enum class: declared with {@code enum} (not the class of a constant with a body,
     * whose superclass is the enum class).
     */
    public boolean isEnum() {
        return (modifiers & ACC_ENUM) != 0 && superclass == Enum.class;
    }

    /** Whether this is a record class: javac lets only records extend java.lang.Record. */
    public boolean isRecord() {
        return superclass != null && superclass.getName().equals("java.lang.Record");
    }

    /** The superclass; null for java.lang.Object, interfaces, primitive types and void. */
    public Class<? super T> getSuperclass() {
        @SuppressWarnings("unchecked")
        Class<? super T> s = (Class<? super T>) superclass;
        return s;
    }

    /** The directly implemented interfaces (for an interface, its superinterfaces), in declaration order. */
    public Class<?>[] getInterfaces() {
        return interfaces == null ? new Class<?>[0] : interfaces.clone();
    }

    /** Whether {@code obj} is an instance of this type: the dynamic form of {@code instanceof}. */
    public boolean isInstance(Object obj) {
        return obj != null && isAssignableFrom(obj.getClass());
    }

    /**
     * Whether a value of type {@code cls} can be assigned to this type by an identity or widening reference
     * conversion; a primitive type only from itself.
     *
     * @throws NullPointerException if {@code cls} is null
     */
    public boolean isAssignableFrom(Class<?> cls) {
        if (cls == this) {
            return true;
        }
        if (cls == null) {
            throw new NullPointerException();
        }
        if (isPrimitive() || cls.isPrimitive()) {
            return false;
        }
        if (this == Object.class) {
            return true;
        }
        if (cls.isArray()) {
            if (isArray()) {
                return componentType.isAssignableFrom(cls.componentType);
            }
            return this == Cloneable.class || this == java.io.Serializable.class;
        }
        if (isArray()) {
            return false;
        }
        for (Class<?> c = cls; c != null; c = c.superclass) {
            if (c == this || isInterface() && c.extendsInterface(this)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of this type's superinterfaces, directly or through theirs, is {@code iface}. */
    private boolean extendsInterface(Class<?> iface) {
        if (interfaces == null) {
            return false;
        }
        for (Class<?> i : interfaces) {
            if (i == iface || i.extendsInterface(iface)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code obj} as this type.
     *
     * @throws ClassCastException if {@code obj} is not null and not an instance of this type
     */
    public T cast(Object obj) {
        if (obj != null && !isInstance(obj)) {
            throw new ClassCastException("Cannot cast " + obj.getClass().getName() + " to " + getName());
        }
        @SuppressWarnings("unchecked")
        T t = (T) obj;
        return t;
    }

    /**
     * The constants of an enum class in declaration order, in a new array, after initialising the class
     * (as its {@code values()} method does); null if this is not an enum class.
     */
    public T[] getEnumConstants() {
        T[] constants = enumConstantsShared();
        return constants == null ? null : constants.clone();
    }

    /** {@link #getEnumConstants()} without the copy, for {@link Enum#valueOf}; null if not an enum class. */
    T[] enumConstantsShared() {
        if (!isEnum()) {
            return null;
        }
        @SuppressWarnings("unchecked")
        T[] constants = (T[]) ClassTable.enumConstants(this);
        return constants;
    }

    /**
     * The type descriptor (Java 12): {@code I} for {@code int}, {@code [Ljava/lang/String;} for
     * {@code String[]}, {@code Lp/C;} for a class.
     */
    public String descriptorString() {
        if (isArray()) {
            return "[" + componentType.descriptorString();
        }
        if (isPrimitive()) {
            switch (getName()) {
                case "boolean": return "Z";
                case "byte": return "B";
                case "char": return "C";
                case "short": return "S";
                case "int": return "I";
                case "long": return "J";
                case "float": return "F";
                case "double": return "D";
                default: return "V";
            }
        }
        return "L" + getName().replace('.', '/') + ";";
    }

    /** The name as it appears in source: {@code int[][]}, {@code java.util.Map$Entry[]}, or {@link #getName()}. */
    public String getTypeName() {
        if (!isArray()) {
            return getName();
        }
        StringBuilder brackets = new StringBuilder();
        Class<?> element = this;
        while (element.isArray()) {
            brackets.append("[]");
            element = element.componentType;
        }
        return element.getName() + brackets;
    }

    /**
     * The simple name: {@code String}, {@code int[]}, {@code Entry} for {@code java.util.Map$Entry}, the
     * declared name of a local class, and {@code ""} for an anonymous class.
     */
    public String getSimpleName() {
        if (isArray()) {
            return componentType.getSimpleName() + "[]";
        }
        String simple = simpleName();
        if (simple != null) {
            return simple;
        }
        String n = getName();
        return n.substring(n.lastIndexOf('.') + 1);
    }

    /**
     * The name in source form ({@code java.util.Map.Entry}, {@code int[]}); null for local and anonymous
     * classes and for arrays of them.
     */
    public String getCanonicalName() {
        if (isArray()) {
            String component = componentType.getCanonicalName();
            return component == null ? null : component + "[]";
        }
        String simple = simpleName();
        if (simple == null) {
            return getName();
        }
        if (declaringClass == null) {
            return null;
        }
        String outer = declaringClass.getCanonicalName();
        return outer == null ? null : outer + "." + simple;
    }

    /** The package's name ({@code java.lang} for primitive types), from the element type for arrays. */
    public String getPackageName() {
        Class<?> element = this;
        while (element.isArray()) {
            element = element.componentType;
        }
        if (element.isPrimitive()) {
            return "java.lang";
        }
        String elementName = element.getName();
        int dot = elementName.lastIndexOf('.');
        return dot < 0 ? "" : elementName.substring(0, dot);
    }

    /** Whether this is an anonymous class. */
    public boolean isAnonymousClass() {
        return !isArray() && "".equals(simpleName());
    }

    /** Whether this is a local class: nested, named, and not a member of a class. */
    public boolean isLocalClass() {
        String simple = simpleName();
        return simple != null && !simple.isEmpty() && declaringClass == null;
    }

    /** Whether this is a member class: declared directly in the body of another class or interface. */
    public boolean isMemberClass() {
        return declaringClass != null;
    }

    /** The class a member class is declared in; null for every other type. */
    public Class<?> getDeclaringClass() {
        return declaringClass;
    }

    /** Assertions are always disabled in Kiln programs (javac's {@code assert} reads this). */
    public boolean desiredAssertionStatus() {
        return false;
    }

    private static boolean isPrimitiveName(String name) {
        switch (name) {
            case "boolean":
            case "byte":
            case "char":
            case "short":
            case "int":
            case "long":
            case "float":
            case "double":
            case "void":
                return true;
            default:
                return false;
        }
    }
}
