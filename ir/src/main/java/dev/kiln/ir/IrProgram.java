package dev.kiln.ir;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A whole, closed-world program: every reachable class (superclasses and superinterfaces included, up to
 * java.lang.Object), in a deterministic order with each class after its superclass and interfaces, plus
 * the entry points: usually one {@code main}; a multi-call module has several, one of which each run starts
 * in (docs/RUNTIME-CONTRACT.md, "Several programs in one module").
 */
public final class IrProgram {
    private final Map<String, IrClass> classes = new LinkedHashMap<>();
    private final List<MethodRef> entryPoints;
    private Set<MethodRef> stackLimitCheckers;
    private ClassQueries classQueried;

    /** A program starting in {@code entryPoint}, or a bare set of classes if it is null. */
    public IrProgram(MethodRef entryPoint) {
        this(entryPoint == null ? List.of() : List.of(entryPoint));
    }

    /** A program with these {@code static void main(String[])} methods, each a program a run may start in. */
    public IrProgram(List<MethodRef> entryPoints) {
        this.entryPoints = List.copyOf(entryPoints);
        if (new HashSet<>(this.entryPoints).size() != this.entryPoints.size()) {
            throw new IllegalArgumentException("an entry point is named twice: " + entryPoints);
        }
    }

    /** The first of the {@link #entryPoints}, or null for none: the only one, but in a multi-call module. */
    public MethodRef entryPoint() { return entryPoints.isEmpty() ? null : entryPoints.get(0); }

    /** The {@code static void main(String[])} methods a run may start in, in the order the compiler was given them. */
    public List<MethodRef> entryPoints() { return entryPoints; }

    /**
     * The methods whose shadow-stack frames check the stack's limit (those on a cycle of calls), or null (the default)
     * when every method's must: the whole-program analysis decides (docs/RUNTIME-CONTRACT.md, "Stack traces").
     */
    public Set<MethodRef> stackLimitCheckers() { return stackLimitCheckers; }

    public void setStackLimitCheckers(Set<MethodRef> methods) {
        this.stackLimitCheckers = methods == null ? null : Set.copyOf(methods);
    }

    /**
     * The run-time types whose objects {@code Object.getClass()} may be asked of, or null (the default) for any type:
     * the whole-program analysis decides, and the backend gives only these types' vtables a Class object.
     */
    public ClassQueries classQueried() { return classQueried; }

    public void setClassQueried(ClassQueries queries) { this.classQueried = queries; }

    public void addClass(IrClass c) {
        if (classes.putIfAbsent(c.name(), c) != null) throw new IllegalArgumentException("duplicate class " + c.name());
    }

    public Collection<IrClass> classes() { return classes.values(); }

    /** Removes every class whose name is not in {@code names}. */
    public void retainClasses(Set<String> names) {
        classes.keySet().retainAll(names);
    }

    /** The class by binary name, or null if it is not part of the program. */
    public IrClass clazz(String name) { return classes.get(name); }

    public IrClass requireClass(String name) {
        IrClass c = classes.get(name);
        if (c == null) throw new IllegalArgumentException("class not in program: " + name);
        return c;
    }

    /** The method a resolved reference names, or null. */
    public IrMethod method(MethodRef ref) {
        IrClass c = classes.get(ref.owner());
        return c == null ? null : c.method(ref.name(), ref.sig());
    }

    /** The superclass chain from {@code name} up to java.lang.Object, starting with the class itself. */
    public List<IrClass> superChain(String name) {
        List<IrClass> out = new ArrayList<>();
        for (IrClass c = clazz(name); c != null; c = c.superName() == null ? null : clazz(c.superName())) out.add(c);
        return out;
    }

    /** True if class or interface {@code sub} is {@code sup} or inherits from it (classes and interfaces). */
    public boolean isSubclassOf(String sub, String sup) {
        if (sub.equals(sup) || sup.equals("java.lang.Object")) return true;
        IrClass c = clazz(sub);
        if (c == null) return false;
        if (c.superName() != null && isSubclassOf(c.superName(), sup)) return true;
        for (String i : c.interfaces()) if (isSubclassOf(i, sup)) return true;
        return false;
    }

    /** Java assignability of reference types (JLS 5.2 widening reference conversion, arrays covariant). */
    public boolean isAssignable(JType from, JType to) {
        if (from.equals(to) || from.kind() == JType.Kind.NULL) return true;
        if (!from.isReference() || !to.isReference()) return false;
        if (to.isClass()) {
            String t = to.className();
            if (from.isArray()) {
                return t.equals("java.lang.Object") || t.equals("java.lang.Cloneable") || t.equals("java.io.Serializable");
            }
            return isSubclassOf(from.className(), t);
        }
        if (to.isArray() && from.isArray()) {
            JType fc = from.component(), tc = to.component();
            if (fc.isPrimitive() || tc.isPrimitive()) return fc.equals(tc);
            return isAssignable(fc, tc);
        }
        return false;
    }
}
