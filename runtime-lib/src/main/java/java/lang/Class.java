package java.lang;

/**
 * A class, interface, array type or primitive type. The backend creates one {@code Class} object per
 * type that needs one and fills {@link #name}, {@link #componentType} and {@link #modifiers} (see
 * docs/RUNTIME-CONTRACT.md); everything here is derived from those fields: Kiln has no reflection.
 *
 * @param <T> the type modelled
 */
public final class Class<T> implements java.io.Serializable {
    private static final int ACC_INTERFACE = 0x0200;

    /** The binary name, as {@link #getName()} returns it ({@code java.lang.String}, {@code [I}, {@code int}). */
    private final String name;
    /** The component type of an array type; null for other types. */
    private final Class<?> componentType;
    /** The class file's access_flags for classes and interfaces; 0 for array and primitive types. */
    private final int modifiers;

    private Class(String name, Class<?> componentType, int modifiers) {
        this.name = name;
        this.componentType = componentType;
        this.modifiers = modifiers;
    }

    /** The binary name: {@code java.util.Map$Entry}, {@code [Ljava.lang.String;}, {@code int}. */
    public String getName() {
        return name;
    }

    /** {@code "interface "} or {@code "class "} followed by the name; just the name for a primitive type. */
    public String toString() {
        if (isPrimitive()) {
            return name;
        }
        return (isInterface() ? "interface " : "class ") + name;
    }

    /** Whether this object represents an interface (annotation interfaces included). */
    public boolean isInterface() {
        return (modifiers & ACC_INTERFACE) != 0;
    }

    /** Whether this object represents an array type. */
    public boolean isArray() {
        return name.startsWith("[");
    }

    /** The component type of an array type, or null. */
    public Class<?> getComponentType() {
        return componentType;
    }

    /** Whether this object represents a primitive type or {@code void}. */
    public boolean isPrimitive() {
        return primitiveDescriptor(name) != 0;
    }

    /** The name as it appears in source: {@code int[][]}, {@code java.lang.String[]}, or {@link #getName()}. */
    public String getTypeName() {
        if (!isArray()) {
            return name;
        }
        int dims = dimensions();
        StringBuilder sb = new StringBuilder(elementName(dims));
        for (int i = 0; i < dims; i++) {
            sb.append("[]");
        }
        return sb.toString();
    }

    /**
     * The simple name: {@code String}, {@code int[]}, {@code Entry} for {@code java.util.Map$Entry}, and
     * {@code ""} for an anonymous class. Without the InnerClasses attribute, a nested class is recognised
     * by its {@code $}: the text after the last {@code $} with the digits of a local or anonymous class
     * removed. A top-level class with {@code $} in its name is therefore misreported.
     */
    public String getSimpleName() {
        if (isArray()) {
            int dims = dimensions();
            StringBuilder sb = new StringBuilder(simpleName(elementName(dims)));
            for (int i = 0; i < dims; i++) {
                sb.append("[]");
            }
            return sb.toString();
        }
        return simpleName(name);
    }

    /** Assertions are always disabled in Kiln programs (javac's {@code assert} reads this). */
    public boolean desiredAssertionStatus() {
        return false;
    }

    private int dimensions() {
        int dims = 0;
        while (name.charAt(dims) == '[') {
            dims++;
        }
        return dims;
    }

    /** The source name of the element type of an array class with {@code dims} dimensions. */
    private String elementName(int dims) {
        char kind = name.charAt(dims);
        if (kind == 'L') {
            return name.substring(dims + 1, name.length() - 1);
        }
        switch (kind) {
            case 'Z': return "boolean";
            case 'B': return "byte";
            case 'C': return "char";
            case 'S': return "short";
            case 'I': return "int";
            case 'J': return "long";
            case 'F': return "float";
            case 'D': return "double";
            default: return name;
        }
    }

    private static String simpleName(String binaryName) {
        String s = binaryName.substring(binaryName.lastIndexOf('.') + 1);
        int dollar = s.lastIndexOf('$');
        if (dollar < 0) {
            return s;
        }
        int start = dollar + 1;
        while (start < s.length() && Character.isDigit(s.charAt(start))) {
            start++;
        }
        return s.substring(start);
    }

    private static char primitiveDescriptor(String name) {
        switch (name) {
            case "boolean": return 'Z';
            case "byte": return 'B';
            case "char": return 'C';
            case "short": return 'S';
            case "int": return 'I';
            case "long": return 'J';
            case "float": return 'F';
            case "double": return 'D';
            case "void": return 'V';
            default: return 0;
        }
    }
}
