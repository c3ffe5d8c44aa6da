package dev.kiln.backend.layout;

import dev.kiln.ir.ClassQueries;
import dev.kiln.ir.FieldRef;
import dev.kiln.ir.Flag;
import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.JType;
import dev.kiln.wasm.model.Func;
import dev.kiln.wasm.model.Global;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Module;
import dev.kiln.wasm.model.RefType;
import dev.kiln.wasm.model.TypeDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The per-type runtime data, as immutable globals with constant initializers, created on first use so
 * that a module only carries what its code refers to: a vtable instance per class, interface (used as an
 * array component) and array type, and a {@code java.lang.Class} object per type that needs one.
 *
 * <p>A Class object is built in its initializer with the fields java.lang.Class declares of those
 * docs/RUNTIME-CONTRACT.md lists: {@code componentType}, {@code modifiers}, {@code superclass},
 * {@code interfaces} (a {@code Class[]}, null if empty), and for nested classes {@code simpleName} and
 * {@code declaringClass}; the two name strings are left null there: java.lang.Class makes them on first use
 * from where their text is among the string pool's Latin-1 texts ({@code nameText}, {@code simpleNameText}), one
 * byte a char in a data segment instead of an {@code i32.const} of two or three bytes a char in the initializer;
 * a name outside Latin-1 is stored by the start function ({@link #namePatches}). That needs the vtables of Class, String, char[]
 * and Class[] first, so those four are created with a null Class field and {@link #classPatches() patched}
 * by the start function; every other vtable refers to its Class object directly, if objects of its type may be asked
 * for it ({@link #isClassQueried}; else the field is null). Class objects refer to
 * others only along acyclic relations (component, superclass, superinterface, declaring class), so each initializer reads
 * only globals created before it. Interfaces and classes outside the
 * program get a stand-in vtable of java.lang.Object's type, listing their superinterfaces in the itable,
 * so that array {@code instanceof} can inspect them like any component.
 */
public final class ClassGlobals {
    /** A vtable whose Class field the start function stores. */
    public record ClassPatch(Global vtable, TypeDef vtableType, Global classObject) {}

    /** A String field of a Class object (its {@code name} or {@code simpleName}) the start function stores. */
    private record NamePatch(Global classObject, int field, String text) {}

    private static final JType CLASS = JType.object(ClassHierarchy.CLASS);
    private static final JType CHARS = JType.array(JType.CHAR);
    private static final JType CLASSES = JType.array(CLASS);
    /** What {@code getInterfaces()} of every array type lists (JLS 10.8). */
    private static final List<String> ARRAY_INTERFACES = List.of("java.lang.Cloneable", "java.io.Serializable");

    private final ClassHierarchy hierarchy;
    private final TypeLayout types;
    private final DispatchTypes dispatch;
    private final VtableSlots slots;
    private final InterfaceMethods interfaceMethods;
    private final InterfaceSlots interfaceSlots;
    private final MethodFunctions functions;
    private final MethodSignatures signatures;
    private final StringPool strings;
    private final Map<JType, Global> vtables = new LinkedHashMap<>();
    private final Map<JType, Global> classObjects = new LinkedHashMap<>();
    private final List<NamePatch> namePatches = new ArrayList<>();
    private boolean namesStored;
    private final Map<Global, JType> early = new LinkedHashMap<>();
    /** The vtables of those four types, patched or not (if nothing asks for their Class), before every Class object. */
    private final List<Global> beforeClassObjects = new ArrayList<>();
    private final Set<JType> literals = new LinkedHashSet<>();
    /** How many of {@link #early} {@link #classPatches()} has handed out. */
    private int patched;
    private Function<JType, Func> componentTests;

    public ClassGlobals(ClassHierarchy hierarchy, TypeLayout types, DispatchTypes dispatch, VtableSlots slots,
                        InterfaceMethods interfaceMethods, InterfaceSlots interfaceSlots, MethodFunctions functions, MethodSignatures signatures,
                        StringPool strings) {
        this.strings = strings;
        this.hierarchy = hierarchy;
        this.types = types;
        this.dispatch = dispatch;
        this.slots = slots;
        this.interfaceMethods = interfaceMethods;
        this.interfaceSlots = interfaceSlots;
        this.functions = functions;
        this.signatures = signatures;
    }

    /**
     * Supplies, for a reference array type's component type T, the function testing whether a vtable's
     * type is assignable to T ({@link DispatchTypes#vtableTest}); the emitter owns those functions and
     * must set this before any reference array's vtable is made.
     */
    public void componentTests(Function<JType, Func> tests) {
        this.componentTests = tests;
    }

    /** The struct type of the vtable instance of a class, interface or array type. */
    public TypeDef vtableType(JType t) {
        if (t.isArray()) return t.component().isPrimitive() ? dispatch.vtable(ClassHierarchy.OBJECT) : dispatch.refArrayVtable();
        return hierarchy.isClass(t.className()) ? dispatch.vtable(t.className()) : dispatch.vtable(ClassHierarchy.OBJECT);
    }

    /** The vtable instance of a class, interface or array type. */
    public Global vtable(JType t) {
        Global g = vtables.get(t);
        if (g != null) return g;
        boolean queried = isClassQueried(t);
        boolean first = t.equals(CLASS) || t.equals(JType.STRING) || t.equals(CHARS) || t.equals(CLASSES);
        boolean patched = queried && first;
        List<Instr> init = new ArrayList<>();
        TypeDef type = vtableType(t);
        init.add(patched || !queried ? Instr.refNull(types.struct(ClassHierarchy.CLASS)) : Instr.globalGet(classObject(t)));
        String dispatchClass = t.isClass() && hierarchy.isClass(t.className()) ? t.className() : ClassHierarchy.OBJECT;
        init.addAll(itable(t, dispatchClass));
        for (VtableSlots.Entry e : slots.table(dispatchClass)) init.add(functionRef(e.impl(), e.root()));
        if (t.isArray() && !t.component().isPrimitive()) {
            init.add(Instr.globalGet(vtable(t.component())));
            init.add(Instr.refFunc(componentTests.apply(t.component())));
        }
        init.add(Instr.structNew(type));
        g = new Global(t + "#vtable", RefType.nonNull(type), false, init);
        vtables.put(t, g);
        if (patched) early.put(g, t);
        if (first) beforeClassObjects.add(g);
        return g;
    }

    /**
     * True if objects of type {@code t} may be asked for their Class ({@code getClass()}, the only reader of a vtable's
     * Class field): the type flow lists those types ({@code IrProgram.classQueried}); a vtable of another type holds
     * null there, and its Class object and name are made only if something else names them (a class literal, another
     * Class object's superclass). The interfaces' vtables, which only arrays' component tests read, hold null too.
     */
    private boolean isClassQueried(JType t) {
        ClassQueries queried = hierarchy.program().classQueried();
        return queried == null || queried.includes(t);
    }

    private List<Instr> itable(JType t, String dispatchClass) {
        Set<String> implemented = t.isArray() ? hierarchy.arrayInterfaces()
                : hierarchy.clazz(t.className()) == null ? Set.of() : hierarchy.allInterfaces(t.className());
        if (implemented.isEmpty()) return List.of(Instr.structNewDefault(dispatch.itable()));
        String[] bySlot = new String[interfaceSlots.count()];
        for (String i : implemented) bySlot[interfaceSlots.slotOf(i)] = i;
        boolean concrete = t.isArray() || hierarchy.isClass(t.className());
        List<Instr> out = new ArrayList<>();
        for (String iface : bySlot) {
            if (iface == null) {
                out.add(Instr.refNull(dispatch.methodTableBase()));
                continue;
            }
            IrClass ic = hierarchy.clazz(iface);
            for (IrMethod m : interfaceMethods.table(ic)) {
                IrMethod impl = concrete ? interfaceMethods.select(hierarchy.clazz(dispatchClass), m) : null;
                out.add(functionRef(impl, m));
            }
            out.add(Instr.structNew(dispatch.methodTable(iface)));
        }
        out.add(Instr.structNew(dispatch.itable()));
        return out;
    }

    private Instr functionRef(IrMethod impl, IrMethod familyMember) {
        Func f = impl == null ? null : functions.reference(impl);
        return f != null ? Instr.refFunc(f) : Instr.refNull(signatures.funcType(familyMember));
    }

    /** The Class object of a class literal's type ({@code ldc}); its array type is a candidate of {@link #arrayComponentCandidates()}. */
    public Global classLiteral(JType t) {
        if (!t.equals(JType.VOID)) literals.add(t);
        return classObject(t);
    }

    /**
     * The component types whose arrays {@code Array.newInstance} can create: those of every array type
     * with a vtable so far, every class literal's type, and the components of a literal that is an array
     * type, all the way down: {@code getComponentType()} of {@code T[].class} is a Class object the program
     * can pass on ({@code Arrays.copyOf(a, n, T[].class)} creates a {@code T[]}).
     */
    public List<JType> arrayComponentCandidates() {
        Set<JType> out = new LinkedHashSet<>();
        for (JType t : vtables.keySet()) if (t.isArray()) out.add(t.component());
        for (JType t : literals) {
            out.add(t);
            for (JType c = t; c.isArray(); c = c.component()) out.add(c.component());
        }
        return new ArrayList<>(out);
    }

    /** The Class object of any type: class, interface, array or primitive. */
    public Global classObject(JType t) {
        Global g = classObjects.get(t);
        if (g != null) return g;
        if (namesStored) throw new IllegalStateException("Class object of " + t + " requested after the start function stored the names");
        Map<Integer, List<Instr>> values = new HashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        name(values, names, "name", className(t));
        IrClass c = t.isClass() ? hierarchy.clazz(t.className()) : null;
        if (t.isArray()) {
            setField(values, "componentType", CLASS, () -> classRef(t.component()));
            setField(values, "superclass", CLASS, () -> classRef(JType.OBJECT));
            setField(values, "interfaces", CLASSES, () -> classArray(ARRAY_INTERFACES));
        } else if (c != null) {
            setField(values, "modifiers", JType.INT, () -> List.of(Instr.i32Const(accessFlags(c.flags()))));
            if (!c.isInterface() && c.superName() != null) {
                setField(values, "superclass", CLASS, () -> classRef(JType.object(c.superName())));
            }
            if (!c.interfaces().isEmpty()) setField(values, "interfaces", CLASSES, () -> classArray(c.interfaces()));
            if (c.simpleName() != null) {
                name(values, names, "simpleName", c.simpleName());
                if (c.declaringClass() != null) {
                    setField(values, "declaringClass", CLASS, () -> classRef(JType.object(c.declaringClass())));
                }
            }
        }
        g = new Global(t + "#class", RefType.nonNull(types.struct(ClassHierarchy.CLASS)),
                false, Instances.create(types.struct(ClassHierarchy.CLASS), vtable(CLASS), values));
        classObjects.put(t, g);
        for (Map.Entry<String, String> n : names.entrySet()) {
            FieldRef field = new FieldRef(ClassHierarchy.CLASS, n.getKey(), JType.STRING);
            if (types.hasField(ClassHierarchy.CLASS, n.getKey())) namePatches.add(new NamePatch(g, types.fieldIndex(field), n.getValue()));
        }
        return g;
    }

    /**
     * Code for the start function that stores the name fields the Class objects cannot make themselves, each a new String from
     * {@code strings}' texts; no Class object can be created afterwards. It must run after the
     * {@link #classPatches()} (creating a String needs the vtables of String and char[] complete) and before
     * any Java code.
     */
    public List<Instr> namePatches(StringPool strings) {
        namesStored = true;
        List<Instr> code = new ArrayList<>();
        for (NamePatch p : namePatches) {
            code.add(Instr.globalGet(p.classObject()));
            code.addAll(strings.newText(p.text()));
            code.add(Instr.structSet(types.struct(ClassHierarchy.CLASS), p.field()));
        }
        return code;
    }

    /**
     * A name of a Class object: where its Latin-1 text is, in {@code <field>Text} ({@code offset << 12 | length + 1},
     * a long), for java.lang.Class to make the String on first use; a name outside Latin-1, or too long for that, is
     * stored by the start function ({@link #namePatches}) instead.
     */
    private void name(Map<Integer, List<Instr>> values, Map<String, String> patches, String field, String text) {
        if (types.hasField(ClassHierarchy.CLASS, field + "Text") && StringPool.isLatin1(text) && text.length() < 0xfff) {
            long packed = (long) strings.latin1Offset(text) << 12 | text.length() + 1;
            setField(values, field + "Text", JType.LONG, () -> List.of(Instr.i64Const(packed)));
        } else {
            patches.put(field, text);
        }
    }

    /** Sets a field of java.lang.Class, if the class declares it, to what {@code value} pushes. */
    private void setField(Map<Integer, List<Instr>> values, String name, JType type, Supplier<List<Instr>> value) {
        if (types.hasField(ClassHierarchy.CLASS, name)) {
            values.put(types.fieldIndex(new FieldRef(ClassHierarchy.CLASS, name, type)), value.get());
        }
    }

    private List<Instr> classRef(JType t) {
        return List.of(Instr.globalGet(classObject(t)));
    }

    /** A new {@code Class[]} holding the Class objects of the named classes and interfaces. */
    private List<Instr> classArray(List<String> classNames) {
        List<Instr> elements = new ArrayList<>();
        for (String name : classNames) elements.add(Instr.globalGet(classObject(JType.object(name))));
        elements.add(Instr.arrayNewFixed(types.rawArray(ArrayKind.REFERENCE), classNames.size()));
        return Instances.create(types.arrayStruct(ArrayKind.REFERENCE), vtable(CLASSES),
                Map.of(types.arrayDataField(ArrayKind.REFERENCE), elements));
    }

    /**
     * The class file's {@code access_flags} (JVMS 4.1) as far as the IR keeps them; {@code ACC_SUPER} is not
     * kept, and {@code Class.getModifiers()} drops it anyway.
     */
    static int accessFlags(Set<Flag> flags) {
        int bits = 0;
        for (Flag f : flags) {
            bits |= switch (f) {
                case PUBLIC -> 0x0001;
                case PRIVATE -> 0x0002;
                case PROTECTED -> 0x0004;
                case STATIC -> 0x0008;
                case FINAL -> 0x0010;
                case INTERFACE -> 0x0200;
                case ABSTRACT -> 0x0400;
                case SYNTHETIC -> 0x1000;
                case ANNOTATION -> 0x2000;
                case ENUM -> 0x4000;
                default -> 0;
            };
        }
        return bits;
    }

    /** {@code Class.getName()} of a type: the binary name, or the descriptor form for arrays. */
    static String className(JType t) {
        return t.isArray() ? t.descriptor().replace('/', '.') : t.toString();
    }

    /**
     * A java.lang.String whose {@code value} is a new char[] around the raw char array {@code rawChars}
     * pushes; other String fields keep their defaults.
     */
    public List<Instr> newString(List<Instr> rawChars) {
        TypeDef charArray = types.arrayStruct(ArrayKind.CHAR);
        List<Instr> value = Instances.create(charArray, vtable(CHARS), Map.of(types.arrayDataField(ArrayKind.CHAR), rawChars));
        Map<Integer, List<Instr>> values = new HashMap<>();
        if (types.hasField(ClassHierarchy.STRING, "value")) {
            values.put(types.fieldIndex(new FieldRef(ClassHierarchy.STRING, "value", CHARS)), value);
        }
        return Instances.create(types.struct(ClassHierarchy.STRING), vtable(JType.STRING), values);
    }

    /**
     * The vtables whose Class field the start function must store, with their Class objects. Creating a
     * Class object may create another such vtable (Class[] for a Class object's interfaces), so this runs
     * until no new one appears.
     */
    public List<ClassPatch> classPatches() {
        // The names the start function stores later are Strings: their vtables must be among those patched.
        vtable(CHARS);
        vtable(JType.STRING);
        List<ClassPatch> out = new ArrayList<>();
        for (int done = 0; done < early.size(); done++) {
            Global g = new ArrayList<>(early.keySet()).get(done);
            JType t = early.get(g);
            out.add(new ClassPatch(g, vtableType(t), classObject(t)));
        }
        patched = early.size();
        return out;
    }

    /**
     * Adds every global created so far, ordered so each initializer only reads globals before it.
     *
     * @throws IllegalStateException if a vtable needing a patch appeared after {@link #classPatches()}
     */
    public void addTo(Module module) {
        if (patched != early.size()) throw new IllegalStateException("a vtable was created after the start function patched the others");
        List<Global> ordered = new ArrayList<>(beforeClassObjects);
        ordered.addAll(classObjects.values());
        for (Global g : vtables.values()) if (!beforeClassObjects.contains(g)) ordered.add(g);
        ordered.forEach(module::addGlobal);
    }
}
