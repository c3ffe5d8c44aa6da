package dev.kiln.backend.layout;

import dev.kiln.ir.Block;
import dev.kiln.ir.CompileError;
import dev.kiln.ir.Diagnostic;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.InvokeKind;
import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrField;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.IrProgram;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The closed-world class hierarchy as the layout needs it: superclass chains, the full set of interfaces a
 * class or interface implements, direct subclasses, and which methods take part in dynamic dispatch.
 * Everything is computed once from the {@link IrProgram}, which lists each class after its supertypes.
 */
public final class ClassHierarchy {
    public static final String OBJECT = "java.lang.Object";
    public static final String STRING = "java.lang.String";
    public static final String CLASS = "java.lang.Class";
    public static final String THROWABLE = "java.lang.Throwable";

    private final IrProgram program;
    private final Map<String, Set<String>> allInterfaces = new HashMap<>();
    private final Map<String, List<IrClass>> subclasses = new HashMap<>();
    private Set<IrMethod> virtualCallees;

    public ClassHierarchy(IrProgram program) {
        this.program = program;
        for (String required : List.of(OBJECT, STRING, CLASS, THROWABLE)) {
            if (program.clazz(required) == null) {
                throw new CompileError(Diagnostic.error("the runtime class " + required + " is not part of the program"));
            }
        }
        for (IrClass c : program.classes()) {
            subclasses.put(c.name(), new ArrayList<>());
            if (!c.isInterface() && c.superName() != null) subclasses.get(c.superName()).add(c);
        }
    }

    public IrProgram program() { return program; }

    /** The methods some {@code invoke.virtual} or {@code invoke.interface} of the program resolves to, found once. */
    public Set<IrMethod> virtualCallees() {
        if (virtualCallees == null) {
            Set<IrMethod> found = new HashSet<>();
            for (IrClass c : program.classes()) {
                for (IrMethod caller : c.methods()) {
                    if (caller.body() == null) continue;
                    for (Block b : caller.body().blocks()) {
                        for (Instruction i : b.instructions()) {
                            if (i instanceof Insn.Invoke call && call.kind() != InvokeKind.STATIC && call.kind() != InvokeKind.SPECIAL) {
                                IrMethod m = program.method(call.method());
                                if (m != null) found.add(m);
                            }
                        }
                    }
                }
            }
            virtualCallees = found;
        }
        return virtualCallees;
    }

    public IrClass clazz(String name) { return program.clazz(name); }

    /** Classes (not interfaces) in program order: every class after its superclass. */
    public List<IrClass> classes() {
        return program.classes().stream().filter(c -> !c.isInterface()).toList();
    }

    /** Interfaces in program order: every interface after its superinterfaces. */
    public List<IrClass> interfaces() {
        return program.classes().stream().filter(IrClass::isInterface).toList();
    }

    /** True if {@code name} is a class of the program (not an interface, not missing). */
    public boolean isClass(String name) {
        IrClass c = program.clazz(name);
        return c != null && !c.isInterface();
    }

    public boolean isInterface(String name) {
        IrClass c = program.clazz(name);
        return c != null && c.isInterface();
    }

    /** The superclass of a class, or null for java.lang.Object. */
    public IrClass superclass(IrClass c) {
        return c.superName() == null ? null : program.clazz(c.superName());
    }

    /** Direct subclasses of a class, in program order. */
    public List<IrClass> subclasses(IrClass c) {
        return subclasses.get(c.name());
    }

    /**
     * Every interface {@code name} implements or extends, directly or through supertypes, each after its own
     * superinterfaces are listed; for an interface, the interface itself is included first.
     */
    public Set<String> allInterfaces(String name) {
        Set<String> cached = allInterfaces.get(name);
        if (cached != null) return cached;
        IrClass c = program.requireClass(name);
        Set<String> out = new LinkedHashSet<>();
        if (c.isInterface()) out.add(name);
        if (!c.isInterface() && c.superName() != null) out.addAll(allInterfaces(c.superName()));
        for (String i : c.interfaces()) {
            if (program.clazz(i) != null) out.addAll(allInterfaces(i));
        }
        allInterfaces.put(name, out);
        return out;
    }

    /** The interfaces every array implements (JLS 10.8), those of them that are part of the program. */
    public Set<String> arrayInterfaces() {
        Set<String> out = new LinkedHashSet<>();
        for (String i : List.of("java.lang.Cloneable", "java.io.Serializable")) {
            if (isInterface(i)) out.addAll(allInterfaces(i));
        }
        return out;
    }

    /** Instance fields declared by a class itself, in declaration order. */
    public static List<IrField> ownInstanceFields(IrClass c) {
        return c.fields().stream().filter(f -> !f.isStatic()).toList();
    }

    /**
     * True if calls to {@code m} may dispatch dynamically: an instance method that is not a constructor and
     * not private. Such a method gets a vtable slot (in a class) or an interface method table entry.
     */
    public static boolean isDispatched(IrMethod m) {
        return !m.isStatic() && !m.isPrivate() && !m.isConstructor() && !m.isStaticInitializer();
    }

    /** The runtime package of a class: its binary name up to the last dot. */
    public static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    /** The nearest common superclass of two classes (interfaces count as java.lang.Object). */
    public String commonSuperclass(String a, String b) {
        if (!isClass(a) || !isClass(b)) return OBJECT;
        Set<String> chainA = new LinkedHashSet<>();
        for (IrClass c : program.superChain(a)) chainA.add(c.name());
        for (IrClass c : program.superChain(b)) {
            if (chainA.contains(c.name())) return c.name();
        }
        return OBJECT;
    }
}
