package dev.kiln.frontend.model;

import dev.kiln.ir.Flag;
import dev.kiln.ir.JType;
import dev.kiln.ir.MethodRef;
import dev.kiln.ir.MethodSig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InnerClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * One class or interface as its class file declares it, with names in the IR's binary form
 * ({@code java.lang.String}). The ASM node, with stack map frames, stays package-internal: the rest of the
 * frontend sees Kiln types, and bytecode leaves only through {@link MethodInfo#lift}, to the lifter.
 */
public final class ClassInfo {
    private final ClassNode node;
    private final String origin;
    private final String name;
    private final String superName;
    private final List<String> interfaces;
    private final Set<Flag> flags;
    private final List<FieldInfo> fields = new ArrayList<>();
    private final List<MethodInfo> methods = new ArrayList<>();
    private final Map<String, FieldInfo> fieldsByKey = new HashMap<>();
    private final Map<String, MethodInfo> methodsByKey = new HashMap<>();
    private final String simpleName;
    private final String declaringClass;

    /** @throws IllegalArgumentException on a malformed descriptor (the caller reports the file) */
    ClassInfo(ClassNode node, String origin) {
        this.node = node;
        this.origin = origin;
        this.name = binaryName(node.name);
        this.superName = node.superName == null ? null : binaryName(node.superName);
        this.interfaces = node.interfaces.stream().map(ClassInfo::binaryName).toList();
        this.flags = Collections.unmodifiableSet(AccessFlags.ofClass(node.access));
        InnerClassNode nesting = null;
        for (InnerClassNode inner : node.innerClasses) if (inner.name.equals(node.name)) nesting = inner;
        this.simpleName = nesting == null ? null : nesting.innerName == null ? "" : nesting.innerName;
        this.declaringClass = nesting == null || nesting.outerName == null ? null : binaryName(nesting.outerName);
        for (FieldNode f : node.fields) {
            boolean isStatic = (f.access & Opcodes.ACC_STATIC) != 0;
            FieldInfo field = new FieldInfo(name, f.name, JType.fromDescriptor(f.desc), AccessFlags.ofField(f.access),
                    isStatic ? f.value : null);
            fields.add(field);
            fieldsByKey.put(f.name + ":" + f.desc, field);
        }
        for (MethodNode m : node.methods) {
            MethodInfo method = new MethodInfo(this, MethodRef.of(name, m.name, m.desc), AccessFlags.ofMethod(m.access), m);
            methods.add(method);
            methodsByKey.put(m.name + m.desc, method);
        }
    }

    static String binaryName(String internalName) {
        return internalName.replace('/', '.');
    }

    public String name() { return name; }
    /** The superclass's binary name; null only for java.lang.Object (an interface has java.lang.Object). */
    public String superName() { return superName; }
    public List<String> interfaces() { return interfaces; }
    public Set<Flag> flags() { return flags; }
    public boolean isInterface() { return flags.contains(Flag.INTERFACE); }
    /**
     * The simple name of a nested class from its own InnerClasses entry ({@code ""} for an anonymous class),
     * or null for a top-level class.
     */
    public String simpleName() { return simpleName; }
    /** The class a member class is declared in, from the same entry; null for every other class. */
    public String declaringClass() { return declaringClass; }
    /** Fields in declaration order. */
    public List<FieldInfo> fields() { return Collections.unmodifiableList(fields); }
    /** Methods in declaration order. */
    public List<MethodInfo> methods() { return Collections.unmodifiableList(methods); }
    /** The SourceFile attribute, or null. */
    public String sourceFile() { return node.sourceFile; }

    /** The class's generic {@code Signature} attribute (JVMS 4.7.9.1), or null if it has none. */
    public String signature() { return node.signature; }
    /** Where the class file was found, e.g. {@code app.jar!/com/x/Main.class}. */
    public String origin() { return origin; }

    /** What diagnostics name as the file: the source file if the class records one, else the class file. */
    public String diagnosticFile() {
        return node.sourceFile != null ? node.sourceFile : origin;
    }

    /** The run-time package (JVMS 5.3): Kiln loads every class with one loader, so the package name decides. */
    public String packageName() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
    }

    /** The method declared here with this name and signature, or null. */
    public MethodInfo method(String methodName, MethodSig sig) {
        return methodsByKey.get(methodName + sig.descriptor());
    }

    /** The field declared here with this name and type, or null. */
    public FieldInfo field(String fieldName, JType type) {
        return fieldsByKey.get(fieldName + ":" + type.descriptor());
    }

    /** True if the class declares a static initializer ({@code <clinit>}). */
    public boolean hasStaticInitializer() {
        return methodsByKey.containsKey("<clinit>()V");
    }

    ClassNode node() { return node; }

    @Override
    public String toString() {
        return name;
    }
}
