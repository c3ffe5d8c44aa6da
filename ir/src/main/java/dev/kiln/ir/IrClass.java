package dev.kiln.ir;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A class or interface of the program. Holds only the members the reachability analysis kept: fields that
 * are accessed, methods that can be called (including abstract declarations that virtual and interface
 * calls dispatch through).
 */
public final class IrClass {
    private final String name;
    private final String superName;
    private final List<String> interfaces;
    private final Set<Flag> flags;
    private final List<IrField> fields = new ArrayList<>();
    private final MethodList methods = new MethodList();
    private String sourceFile;
    private boolean instantiated;
    private boolean initializedWithImplementors;
    private String simpleName;
    private String declaringClass;

    /**
     * @param superName binary name of the superclass; null only for java.lang.Object (interfaces have
     *                  java.lang.Object, as in the class file)
     */
    public IrClass(String name, String superName, List<String> interfaces, Set<Flag> flags) {
        this.name = name;
        this.superName = superName;
        this.interfaces = List.copyOf(interfaces);
        this.flags = flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags);
    }

    public String name() { return name; }
    public String superName() { return superName; }
    public List<String> interfaces() { return interfaces; }
    public Set<Flag> flags() { return flags; }
    public boolean isInterface() { return flags.contains(Flag.INTERFACE); }
    public boolean isAbstract() { return flags.contains(Flag.ABSTRACT); }
    public List<IrField> fields() { return fields; }
    public List<IrMethod> methods() { return methods; }
    public String sourceFile() { return sourceFile; }
    public void setSourceFile(String sourceFile) { this.sourceFile = sourceFile; }

    /** True if the program can create instances of this class (rapid type analysis saw a {@code new}). */
    public boolean isInstantiated() { return instantiated; }
    public void setInstantiated(boolean instantiated) { this.instantiated = instantiated; }

    /**
     * True for an interface that declares a non-abstract, non-static method (a default or a private
     * instance method), whether or not the program keeps that method: JVMS 5.5 initialises such an
     * interface whenever a class implementing it is initialised, and no other interface.
     */
    public boolean isInitializedWithImplementors() { return initializedWithImplementors; }
    public void setInitializedWithImplementors(boolean value) { this.initializedWithImplementors = value; }

    /**
     * The simple name of a nested class as its InnerClasses entry records it ({@code ""} for an anonymous
     * class), or null for a top-level class.
     */
    public String simpleName() { return simpleName; }

    /** The class a member class is declared in; null for top-level, local and anonymous classes. */
    public String declaringClass() { return declaringClass; }

    /** Marks the class nested: its simple name and, for a member class, the class declaring it (else null). */
    public void setNesting(String simpleName, String declaringClass) {
        this.simpleName = simpleName;
        this.declaringClass = declaringClass;
    }

    public IrField field(String name) {
        for (IrField f : fields) if (f.name().equals(name)) return f;
        return null;
    }

    /** The method declared here with this name and signature, or null. */
    public IrMethod method(String name, MethodSig sig) {
        return methods.find(name, sig);
    }

    public IrMethod staticInitializer() {
        return method("<clinit>", new MethodSig(List.of(), JType.VOID));
    }

    @Override
    public String toString() {
        return name;
    }

    /**
     * The methods, with an index by name for {@link #method}: the analyses look methods up by reference
     * all the time (dispatch, calls, hooks), and classes such as {@code Character} declare hundreds. The index is
     * rebuilt after any change of the list ({@code modCount}: adds, removes, also through iterators, and sets).
     */
    private static final class MethodList extends ArrayList<IrMethod> {
        private java.util.Map<String, Object> index;
        private int indexedAt = -1;

        /** Replacing a method is not a structural change for {@code ArrayList}; it is one for the index. */
        @Override
        public IrMethod set(int i, IrMethod m) {
            modCount++;
            return super.set(i, m);
        }

        IrMethod find(String name, MethodSig sig) {
            if (size() < 8) return scan(this, name, sig);
            if (indexedAt != modCount || index == null) {
                // By name only: a signature's hash walks its list of types, and most names have one method.
                index = new java.util.HashMap<>();
                for (IrMethod m : this) {
                    index.merge(m.name(), m, (a, b) -> {
                        List<IrMethod> all = a instanceof IrMethod one ? new ArrayList<>(List.of(one)) : castList(a);
                        all.add((IrMethod) b);
                        return all;
                    });
                }
                indexedAt = modCount;
            }
            Object named = index.get(name);
            if (named instanceof IrMethod m) return m.sig().equals(sig) ? m : null;
            return named == null ? null : scan(castList(named), name, sig);
        }

        private static IrMethod scan(List<IrMethod> methods, String name, MethodSig sig) {
            for (IrMethod m : methods) if (m.name().equals(name) && m.sig().equals(sig)) return m;
            return null;
        }

        @SuppressWarnings("unchecked")
        private static List<IrMethod> castList(Object o) {
            return (List<IrMethod>) o;
        }
    }
}
