package dev.kiln.frontend.model;

import dev.kiln.frontend.classpath.ClassFile;
import dev.kiln.frontend.classpath.ClassPath;
import dev.kiln.frontend.lift.FieldHandle;
import dev.kiln.frontend.lift.HandleDefinitions;
import dev.kiln.frontend.lift.LiftContext;
import dev.kiln.frontend.lift.Site;
import dev.kiln.ir.CompileError;
import dev.kiln.ir.Diagnostic;
import dev.kiln.ir.FieldRef;
import dev.kiln.ir.InvokeKind;
import dev.kiln.ir.JType;
import dev.kiln.ir.MethodRef;
import dev.kiln.ir.MethodSig;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.objectweb.asm.tree.MethodNode;

/**
 * Kiln's view of every class the program touches, read from the {@link ClassPath} on first use and never
 * loaded into the compiler's JVM. Loading follows JVMS 5.3.5: a class is only usable once its superclass
 * and superinterfaces are, so every {@link ClassInfo} handed out has a complete, acyclic supertype
 * closure and later walks up the hierarchy need no checks.
 *
 * <p>Answers the lifter's questions ({@link LiftContext}) and the reachability analysis's (overriding,
 * selection, initialisation) with the JVMS rules, each in its own class: {@link FieldResolution},
 * {@link MethodResolution}, {@link Overriding}, {@link Initialization}, {@link TypeMerge}.
 */
public final class ClassHierarchy implements LiftContext {
    /** For questions asked without a location; the reachability analysis adds the method being compiled. */
    static final Site NOWHERE = new Site(null, null, null, null);

    private final ClassPath classPath;
    private final Map<String, Optional<ClassInfo>> classes = new HashMap<>();
    /** Each loaded class itself and all its superclasses and superinterfaces (see {@link #supertypes}). */
    private final Map<ClassInfo, Set<ClassInfo>> supertypes = new HashMap<>();
    private final FieldResolution fieldResolution = new FieldResolution(this);
    private final MethodResolution methodResolution = new MethodResolution(this);
    private final Overriding overriding = new Overriding(this);
    private final Initialization initialization = new Initialization(this);
    private final TypeMerge typeMerge = new TypeMerge(this);
    /** The handle fields of each class whose static initializer was asked about, by field name and descriptor. */
    private final Map<String, Map<String, FieldHandle>> handleFields = new HashMap<>();

    public ClassHierarchy(ClassPath classPath) {
        this.classPath = classPath;
    }

    /** A file of the class library's JDK installation, relative to its home, or null ({@link ClassPath#jdkFile}). */
    public byte[] jdkFile(String relativePath) {
        return classPath.jdkFile(relativePath);
    }

    /**
     * What the {@code getContents()} of list resource bundle {@code className} returns, evaluated at compile time
     * ({@link ConstantArrays}): its {@code {key, value}} pairs, values being strings or arrays of them.
     *
     * @throws CompileError at {@code site} if the class is missing or its {@code getContents()} is not constant data
     */
    public Object[][] bundleContents(String className, Site site) {
        ClassInfo c = require(className, site);
        for (MethodNode m : c.node().methods) {
            if (!m.name.equals("getContents") || !m.desc.equals("()[[Ljava/lang/Object;")) continue;
            try {
                if (!(ConstantArrays.evaluate(m) instanceof Object[] pairs)) throw new IllegalArgumentException("it returns no array");
                Object[][] out = new Object[pairs.length][];
                for (int i = 0; i < pairs.length; i++) {
                    if (!(pairs[i] instanceof Object[] pair) || pair.length != 2 || !(pair[0] instanceof String)) {
                        throw new IllegalArgumentException("entry " + i + " is not a {key, value} pair");
                    }
                    out[i] = pair;
                }
                return out;
            } catch (IllegalArgumentException e) {
                throw new CompileError(site.error("cannot read the contents of " + className + " at compile time: " + e.getMessage()));
            }
        }
        throw new CompileError(site.error(className + " has no getContents() to read at compile time"));
    }

    /**
     * The class or interface by binary name, or null if no class path entry has it.
     *
     * @throws CompileError if its class file is malformed, or a supertype is missing or circular
     */
    public ClassInfo find(String name) {
        return load(name, new LinkedHashSet<>());
    }

    private ClassInfo load(String name, Set<String> loading) {
        Optional<ClassInfo> known = classes.get(name);
        if (known != null) return known.orElse(null);
        if (!loading.add(name)) {
            throw new CompileError(Diagnostic.error("class hierarchy is circular: " + String.join(" → ", loading) + " → " + name));
        }
        ClassFile file = classPath.find(name.replace('.', '/'));
        ClassInfo c = file == null ? null : ClassFileParser.parse(file);
        if (c != null) {
            Set<ClassInfo> all = new LinkedHashSet<>();
            all.add(c);
            if (c.superName() != null) all.addAll(supertypes.get(loadSupertype(c, c.superName(), "superclass", loading)));
            for (String i : c.interfaces()) all.addAll(supertypes.get(loadSupertype(c, i, "superinterface", loading)));
            supertypes.put(c, Collections.unmodifiableSet(all));
        }
        loading.remove(name);
        classes.put(name, Optional.ofNullable(c));
        return c;
    }

    private ClassInfo loadSupertype(ClassInfo c, String name, String role, Set<String> loading) {
        ClassInfo s = load(name, loading);
        if (s == null) {
            throw new CompileError(new Diagnostic(Diagnostic.Severity.ERROR, c.diagnosticFile(), c.name(), null, -1, -1,
                    "class " + name + " not found (" + role + " of " + c.name() + ")"));
        }
        return s;
    }

    /** The binary names of the classes in the user's class path entries, each once, in entry order. */
    public List<String> userClassNames() {
        return classPath.userClassNames().stream().map(ClassInfo::binaryName).toList();
    }

    /** The class, or a {@link CompileError} at {@code site} if it does not exist. */
    public ClassInfo require(String name, Site site) {
        ClassInfo c = find(name);
        if (c == null) throw new CompileError(site.error("class " + name + " not found"));
        return c;
    }

    /** java.lang.Object, which every program has. */
    ClassInfo object() {
        return require("java.lang.Object", NOWHERE);
    }

    /** The superclass, or null for java.lang.Object. */
    ClassInfo superclass(ClassInfo c) {
        return c.superName() == null ? null : find(c.superName());
    }

    /**
     * {@code c} itself, then every superclass and superinterface: the superclass's supertypes, then each
     * direct superinterface's, in class file order. The order is what makes JVMS's arbitrary choices
     * deterministic.
     */
    public Set<ClassInfo> supertypes(ClassInfo c) {
        return supertypes.get(c);
    }

    /** True if {@code sub} is {@code sup} or inherits from it; every type inherits from java.lang.Object. */
    public boolean isSubclassOf(ClassInfo sub, ClassInfo sup) {
        return sup.superName() == null || supertypes.get(sub).contains(sup);
    }

    /** The method a resolved reference names (its owner declares it), or a {@link CompileError} at {@code site}. */
    public MethodInfo declaredMethod(MethodRef ref, Site site) {
        MethodInfo m = require(ref.owner(), site).method(ref.name(), ref.sig());
        if (m == null) throw new CompileError(site.error("method " + ref + " not found"));
        return m;
    }

    /** The field a resolved reference names (its owner declares it), or a {@link CompileError} at {@code site}. */
    public FieldInfo declaredField(FieldRef ref, Site site) {
        FieldInfo f = require(ref.owner(), site).field(ref.name(), ref.type());
        if (f == null) throw new CompileError(site.error("field " + ref + " not found"));
        return f;
    }

    /**
     * JVMS 5.4.6 method selection: the method an invokevirtual or invokeinterface of {@code resolved} runs
     * on a receiver of class {@code receiver}, or null if there is none (the JVM would throw
     * AbstractMethodError or IncompatibleClassChangeError). May be abstract for an abstract receiver class.
     */
    public MethodInfo select(ClassInfo receiver, MethodInfo resolved) {
        return overriding.select(receiver, resolved);
    }

    /** JVMS 5.4.5: whether {@code mC} can override {@code mA}. */
    boolean canOverride(MethodInfo mC, MethodInfo mA) {
        return overriding.canOverride(mC, mA);
    }

    /**
     * The classes and interfaces whose static initializers run, in order, when {@code c} is initialised and
     * nothing has been yet (JVMS 5.5): see {@link Initialization}.
     */
    public List<ClassInfo> initializedWith(ClassInfo c) {
        return initialization.initializedWith(c);
    }

    /**
     * True for an interface that declares a non-abstract, non-static method: JVMS 5.5 initialises it
     * whenever a class implementing it is initialised.
     */
    public boolean isInitializedWithImplementors(ClassInfo c) {
        return Initialization.isInitializedWithImplementors(c);
    }

    @Override
    public FieldRef resolveField(String owner, String name, JType type, boolean isStatic, Site site) {
        return fieldResolution.resolve(owner, name, type, isStatic, site);
    }

    @Override
    public ResolvedMethod resolveMethod(InvokeKind kind, String owner, String name, MethodSig sig, boolean ownerIsInterface, Site site) {
        return methodResolution.resolve(kind, owner, name, sig, ownerIsInterface, site);
    }

    @Override
    public void requireType(JType type, Site site) {
        JType element = type.elementType();
        if (element.isClass()) require(element.className(), site);
    }

    @Override
    public JType commonSupertype(JType a, JType b) {
        return typeMerge.commonSupertype(a, b);
    }

    @Override
    public boolean isAssignable(JType from, JType to) {
        return typeMerge.isAssignable(from, to);
    }

    @Override
    public boolean isInterface(String className) {
        return require(className, NOWHERE).isInterface();
    }

    @Override
    public boolean needsInitialization(String className) {
        return !initializedWith(require(className, NOWHERE)).isEmpty();
    }

    /** True for a field with a ConstantValue attribute (JVMS 4.7.2), which the lifter may read without initialising an interface. */
    @Override
    public boolean isConstantField(FieldRef field) {
        return declaredField(field, NOWHERE).constantValue() != null;
    }

    @Override
    public boolean isSubclassOf(String sub, String sup) {
        return isSubclassOf(require(sub, NOWHERE), require(sup, NOWHERE));
    }

    @Override
    public FieldRef declaredField(String owner, String name, boolean isStatic) {
        ClassInfo c = find(owner);
        if (c == null) return null;
        for (FieldInfo f : c.fields()) if (f.name().equals(name) && f.isStatic() == isStatic) return f.ref();
        return null;
    }

    /** Analyses the static initializer of the field's class once, on the first question about any of its fields. */
    @Override
    public FieldHandle fieldHandle(FieldRef staticField) {
        Map<String, FieldHandle> fields = handleFields.get(staticField.owner());
        if (fields == null) {
            ClassInfo c = require(staticField.owner(), NOWHERE);
            fields = HandleDefinitions.of(c.node(), this, c.diagnosticFile());
            handleFields.put(staticField.owner(), fields);
        }
        return fields.get(staticField.name() + ":" + staticField.type().descriptor());
    }
}
