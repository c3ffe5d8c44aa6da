package dev.kiln.runtime;

/**
 * The questions about the program's classes that java.lang.Class cannot answer from a Class object
 * alone; the frontend generates both bodies from the closed world (see {@link GeneratedBody}).
 */
public final class ClassTable {
    private ClassTable() {
    }

    /**
     * The class or interface with this binary name after initialising it, or null if the program has none
     * that {@code Class.forName} may find: the classes on the program's class path and those named by a
     * string literal passed to {@code Class.forName}.
     */
    @GeneratedBody("kiln.class_for_name")
    public static native Class<?> forName(String binaryName);

    /**
     * The result of {@code values()} of the enum class {@code enumClass}, which this initialises; null if
     * the program does not contain that class as an enum class.
     */
    @GeneratedBody("kiln.enum_constants")
    public static native Object[] enumConstants(Class<?> enumClass);

    /**
     * True if {@code c} is a class of the program that declares {@code Comparable<c>} (its own name as the
     * type argument) among its direct superinterfaces, which is what {@code getGenericInterfaces()} would show.
     */
    @GeneratedBody("kiln.comparable_to_itself")
    public static native boolean comparableToItself(Class<?> c);

    /**
     * What {@code HashMap.comparableClassFor} and {@code ConcurrentHashMap.comparableClassFor} answer (Java SE
     * leaves them unspecified; they decide how a bin of colliding keys is ordered as a tree, and so the
     * iteration order): the class of {@code x} if {@code x} is Comparable and its class is String or
     * declares {@code Comparable<C>} with C itself among its direct superinterfaces; else null.
     */
    public static Class<?> comparableClassFor(Object x) {
        if (x instanceof Comparable) {
            Class<?> c = x.getClass();
            if (c == String.class || comparableToItself(c)) {
                return c;
            }
        }
        return null;
    }
}
