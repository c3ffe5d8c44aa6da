package dev.kiln.frontend.lift;

import static org.objectweb.asm.Opcodes.*;

import dev.kiln.ir.CompileError;
import dev.kiln.ir.FieldRef;
import dev.kiln.ir.JType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The handles a class's static initializer stores in its own static final fields, found by following values
 * through the bytecode ({@link ValueSources}). A definition is one of these calls, each class and name a
 * constant ({@code ldc}, or a wrapper's {@code TYPE} field for a primitive class):
 * <pre>
 *   MethodHandles.lookup().findVarHandle(C.class, "f", T.class)        VarHandle of the instance field f (JVMS field resolution from C)
 *   MethodHandles.lookup().findStaticVarHandle(C.class, "f", T.class)  VarHandle of the static field f
 *   MhUtil.findVarHandle(MethodHandles.lookup(), C.class, "f", T.class) the same as findVarHandle (JDK 25)
 *   MhUtil.findVarHandle(MethodHandles.lookup(), "f", T.class)         the same, C being the class itself (JDK 25)
 *   MethodHandles.arrayElementVarHandle(T[].class)                     VarHandle of the elements of T[]
 *   MethodHandles.byteArrayViewVarHandle(T[].class, order)             view of byte arrays as T[] (order: ByteOrder.BIG_ENDIAN,
 *                                                                      LITTLE_ENDIAN or nativeOrder(), little-endian on Kiln)
 *   U.objectFieldOffset(C.class, "f")                                  offset of the instance field f that C declares
 *   U.objectFieldOffset(C.class.getDeclaredField("f"))                 the same
 *   U.staticFieldOffset(C.class.getDeclaredField("f"))                 offset of the static field f that C declares
 *   U.staticFieldBase(C.class.getDeclaredField("f"))                   the base object of that static field
 * </pre>
 * ({@code U} is any {@code jdk.internal.misc.Unsafe}) whose result goes to exactly one place: a {@code putstatic}
 * of a static final field that the class declares, with the handle's type, and that the initializer stores
 * nowhere else; a byte array view may pass through {@code withInvokeExactBehavior()} or {@code withInvokeBehavior()}
 * on the way (its accesses are lowered only where the call site's types are the view's own, so both behave
 * alike). The {@code Lookup} and {@code Field} objects on the way must go only to recognised definitions.
 * Anything else is left as it is, and stays a compile error (a reflection call, or an {@code Unsafe} native).
 * Outside static initializers, an {@code objectFieldOffset} of constants used by just one access is recognised
 * too ({@link #offsetOnlyFor}).
 *
 * <p>The JDK's initializers wrap these calls in a handler for {@code ReflectiveOperationException}; the field
 * is resolved here, at compile time, so that handler is never entered, as on the JVM for a field that exists.
 * Access checks are not made: the JDK's own lookups pass them.
 */
public final class HandleDefinitions {
    static final String METHOD_HANDLES = "java/lang/invoke/MethodHandles";
    static final String LOOKUP = "java/lang/invoke/MethodHandles$Lookup";
    static final String UNSAFE = "jdk/internal/misc/Unsafe";
    private static final String VAR_HANDLE_DESC = "Ljava/lang/invoke/VarHandle;";
    private static final String FIELD = "java/lang/reflect/Field";
    private static final String VAR_HANDLE = "java/lang/invoke/VarHandle";
    private static final String BYTE_ORDER = "java/nio/ByteOrder";
    /** JDK 25's shorthand for lookups in the class's own initializer: the owner is the lookup class. */
    static final String MH_UTIL = "jdk/internal/invoke/MhUtil";
    private static final String FIND_PARAMS = "Ljava/lang/Class;Ljava/lang/String;Ljava/lang/Class;";

    private final MethodCode code;
    private final ValueSources sources;
    private final LiftContext ctx;
    /** Each definition call, by instruction index, and the handle it makes. */
    private final Map<Integer, FieldHandle> calls = new HashMap<>();
    /** The {@code lookup()} and {@code getDeclaredField} calls whose results only go to definitions. */
    private final Set<Integer> helpers = new HashSet<>();
    /** The {@code withInvokeExactBehavior()} calls between a definition and its field, which pass the stand-in on. */
    private final Set<Integer> behaviorCalls = new HashSet<>();
    /** Each static final field set to a handle, by name and descriptor ({@code VALUE:J}). */
    private final Map<String, FieldHandle> fields = new HashMap<>();

    private HandleDefinitions(MethodCode code, ValueSources sources, LiftContext ctx) {
        this.code = code;
        this.sources = sources;
        this.ctx = ctx;
    }

    /** The definitions in {@code code}: only a static initializer defines handle fields. */
    static HandleDefinitions analyze(MethodCode code, ValueSources sources, LiftContext ctx) {
        HandleDefinitions d = new HandleDefinitions(code, sources, ctx);
        if (code.method.name.equals("<clinit>")) d.find();
        return d;
    }

    /**
     * The static final fields of {@code owner} that its static initializer sets to handles, by name and descriptor
     * ({@code VALUE:J}); empty if it has none, or if its initializer cannot be analysed (lifting it will say why).
     */
    public static Map<String, FieldHandle> of(ClassNode owner, LiftContext ctx, String file) {
        for (MethodNode m : owner.methods) {
            if (!m.name.equals("<clinit>") || m.instructions.size() == 0) continue;
            try {
                MethodCode code = MethodCode.of(owner, SubroutineInliner.inline(owner, m, file), file);
                return analyze(code, ValueSources.analyze(code, TypeFlow.analyze(code, ctx)), ctx).fields;
            } catch (CompileError | InvalidBytecode e) {
                return Map.of();
            }
        }
        return Map.of();
    }

    /** The handle made by definition call {@code i}, or null if {@code i} is not one. */
    FieldHandle definedAt(int i) {
        return calls.get(i);
    }

    /**
     * The field whose offset instruction {@code i} computes for the one access that uses it, {@code use} at
     * operand {@code depth}: {@code U.putReference(this, U.objectFieldOffset(C.class, "f"), v)}, as JDK 25 writes
     * some rarely run methods. Null if {@code i} is not such an {@code objectFieldOffset} call.
     */
    FieldHandle offsetOnlyFor(int i, int use, int depth) {
        if (i < 0 || !(code.insn(i) instanceof MethodInsnNode call) || !call.owner.equals(UNSAFE)
                || !(call.name + call.desc).equals("objectFieldOffset(Ljava/lang/Class;Ljava/lang/String;)J")
                || !sources.uses(i).equals(List.of(new ValueSources.Use(use, depth)))) {
            return null;
        }
        Definition d = definition(i, call);
        return d == null ? null : d.handle;
    }

    /**
     * True if instruction {@code i} is a {@code withInvokeExactBehavior()} or {@code withInvokeBehavior()} call between a
     * definition and the field it is stored in: the call leaves the handle (the stand-in) as it is.
     */
    boolean isBehaviorCall(int i) {
        return behaviorCalls.contains(i);
    }

    /** True if instruction {@code i} is a {@code lookup()} or {@code getDeclaredField} call that only feeds definitions. */
    boolean isHelper(int i) {
        return helpers.contains(i);
    }

    private void find() {
        Map<String, Integer> stores = new HashMap<>();
        for (int i = 0; i < code.size(); i++) {
            if (sources.isReached(i) && code.insn(i) instanceof FieldInsnNode f && f.getOpcode() == PUTSTATIC
                    && f.owner.equals(code.owner.name)) {
                stores.merge(f.name, 1, Integer::sum);
            }
        }
        Map<Integer, Integer> helperOf = new HashMap<>();
        Map<Integer, Store> fieldOf = new HashMap<>();
        for (int i = 0; i < code.size(); i++) {
            if (!sources.isReached(i) || !(code.insn(i) instanceof MethodInsnNode call)) continue;
            Definition d = definition(i, call);
            if (d == null) continue;
            Store field = storedInto(i, d.handle, stores);
            if (field == null) continue;
            calls.put(i, d.handle);
            fieldOf.put(i, field);
            if (d.helper >= 0) helperOf.put(i, d.helper);
        }
        Set<Integer> rejected = new HashSet<>();
        for (int helper : new HashSet<>(helperOf.values())) {
            for (ValueSources.Use use : sources.uses(helper)) {
                boolean pop = code.insn(use.insn()).getOpcode() == POP;
                Integer fed = helperOf.get(use.insn());
                boolean feeds = fed != null && fed == helper && sources.onlyProducer(use.insn(), use.depth()) == helper
                        && use.depth() == helperDepth(code.insn(use.insn()));
                if (!pop && !feeds) rejected.add(helper);
            }
        }
        for (Map.Entry<Integer, Integer> e : helperOf.entrySet()) {
            if (rejected.contains(e.getValue())) calls.remove(e.getKey());
        }
        for (Map.Entry<Integer, FieldHandle> e : calls.entrySet()) {
            fields.put(fieldOf.get(e.getKey()).field(), e.getValue());
            behaviorCalls.addAll(fieldOf.get(e.getKey()).behaviorCalls());
            Integer helper = helperOf.get(e.getKey());
            if (helper != null) helpers.add(helper);
        }
    }

    /** A recognised definition call and the {@code lookup()} or {@code getDeclaredField} it takes (or -1). */
    private record Definition(FieldHandle handle, int helper) {}

    private Definition definition(int i, MethodInsnNode call) {
        Site site = code.site(i);
        String sig = call.name + call.desc;
        boolean find = call.owner.equals(LOOKUP) && call.getOpcode() == INVOKEVIRTUAL
                && (sig.equals("findVarHandle(" + FIND_PARAMS + ")" + VAR_HANDLE_DESC)
                || sig.equals("findStaticVarHandle(" + FIND_PARAMS + ")" + VAR_HANDLE_DESC));
        boolean util = call.owner.equals(MH_UTIL) && call.getOpcode() == INVOKESTATIC
                && (sig.equals("findVarHandle(L" + LOOKUP + ";" + FIND_PARAMS + ")" + VAR_HANDLE_DESC)
                || sig.equals("findVarHandle(L" + LOOKUP + ";Ljava/lang/String;Ljava/lang/Class;)" + VAR_HANDLE_DESC));
        if (find || util) {
            int lookupDepth = helperDepth(call);
            int lookup = sources.onlyProducer(i, lookupDepth);
            if (!isLookupCall(lookup)) return null;
            JType owner = lookupDepth == 2 ? JType.object(code.className) : classConstant(sources.onlyProducer(i, 2));
            String name = stringConstant(sources.onlyProducer(i, 1));
            JType type = classConstant(sources.onlyProducer(i, 0));
            if (owner == null || !owner.isClass() || name == null || type == null || type.isVoid()) return null;
            boolean isStatic = call.name.equals("findStaticVarHandle");
            try {
                FieldRef f = ctx.resolveField(owner.className(), name, type, isStatic, site);
                return new Definition(FieldHandle.varHandle(f, isStatic), lookup);
            } catch (CompileError noSuchField) {
                return null;
            }
        }
        if (call.owner.equals(METHOD_HANDLES) && call.getOpcode() == INVOKESTATIC
                && sig.equals("arrayElementVarHandle(Ljava/lang/Class;)" + VAR_HANDLE_DESC)) {
            JType array = classConstant(sources.onlyProducer(i, 0));
            return array != null && array.isArray() ? new Definition(FieldHandle.arrayVarHandle(array), -1) : null;
        }
        if (call.owner.equals(METHOD_HANDLES) && call.getOpcode() == INVOKESTATIC
                && sig.equals("byteArrayViewVarHandle(Ljava/lang/Class;L" + BYTE_ORDER + ";)" + VAR_HANDLE_DESC)) {
            JType view = classConstant(sources.onlyProducer(i, 1));
            Boolean bigEndian = byteOrderConstant(sources.onlyProducer(i, 0));
            if (view == null || !view.isArray() || bigEndian == null) return null;
            return switch (view.component().kind()) {
                case SHORT, CHAR, INT, LONG, FLOAT, DOUBLE -> new Definition(FieldHandle.byteArrayView(view, bigEndian), -1);
                default -> null;
            };
        }
        if (!call.owner.equals(UNSAFE) || call.getOpcode() != INVOKEVIRTUAL) return null;
        if (sig.equals("objectFieldOffset(Ljava/lang/Class;Ljava/lang/String;)J")) {
            FieldRef f = declared(classConstant(sources.onlyProducer(i, 1)), stringConstant(sources.onlyProducer(i, 0)), false);
            return f == null ? null : new Definition(FieldHandle.offset(f, false), -1);
        }
        boolean offset = sig.equals("objectFieldOffset(L" + FIELD + ";)J");
        boolean staticOffset = sig.equals("staticFieldOffset(L" + FIELD + ";)J");
        boolean base = sig.equals("staticFieldBase(L" + FIELD + ";)Ljava/lang/Object;");
        if (!offset && !staticOffset && !base) return null;
        int getField = sources.onlyProducer(i, 0);
        if (getField < 0 || !(code.insn(getField) instanceof MethodInsnNode g) || g.getOpcode() != INVOKEVIRTUAL
                || !g.owner.equals("java/lang/Class") || !(g.name + g.desc).equals("getDeclaredField(Ljava/lang/String;)L" + FIELD + ";")) {
            return null;
        }
        FieldRef f = declared(classConstant(sources.onlyProducer(getField, 1)), stringConstant(sources.onlyProducer(getField, 0)), !offset);
        if (f == null) return null;
        FieldHandle h = offset ? FieldHandle.offset(f, false) : staticOffset ? FieldHandle.offset(f, true) : FieldHandle.staticBase(f);
        return new Definition(h, getField);
    }

    /** Which operand of a definition call its helper is: the Lookup (receiver or first argument) of a find, the Field of an Unsafe call. */
    private static int helperDepth(AbstractInsnNode n) {
        MethodInsnNode call = (MethodInsnNode) n;
        if (call.owner.equals(LOOKUP)) return 3;
        return call.owner.equals(MH_UTIL) ? Type.getArgumentTypes(call.desc).length - 1 : 0;
    }

    private FieldRef declared(JType owner, String name, boolean isStatic) {
        if (owner == null || !owner.isClass() || name == null) return null;
        return ctx.declaredField(owner.className(), name, isStatic);
    }

    /**
     * The static final field (name and descriptor) a definition's handle is stored into, and the behaviour changes
     * ({@code withInvokeExactBehavior()} calls) it passes through on the way.
     */
    private record Store(String field, List<Integer> behaviorCalls) {}

    /**
     * Where the result of definition call {@code i} is stored, if that is all that happens to it; else null.
     */
    private Store storedInto(int i, FieldHandle handle, Map<String, Integer> stores) {
        List<Integer> behaviorCalls = new ArrayList<>();
        int value = i;
        ValueSources.Use use;
        while (true) {
            List<ValueSources.Use> uses = sources.uses(value);
            if (uses.size() != 1) return null;
            use = uses.get(0);
            if (handle.kind() == FieldHandle.Kind.BYTE_ARRAY_VIEW && code.insn(use.insn()) instanceof MethodInsnNode m
                    && m.getOpcode() == INVOKEVIRTUAL && m.owner.equals(VAR_HANDLE)
                    && (m.name.equals("withInvokeExactBehavior") || m.name.equals("withInvokeBehavior"))
                    && m.desc.equals("()" + VAR_HANDLE_DESC) && sources.onlyProducer(use.insn(), 0) == value) {
                behaviorCalls.add(use.insn());
                value = use.insn();
                continue;
            }
            break;
        }
        if (!(code.insn(use.insn()) instanceof FieldInsnNode put) || put.getOpcode() != PUTSTATIC
                || !put.owner.equals(code.owner.name) || sources.onlyProducer(use.insn(), 0) != value) {
            return null;
        }
        String desc = switch (handle.kind()) {
            case VAR_HANDLE, BYTE_ARRAY_VIEW -> VAR_HANDLE_DESC;
            case OFFSET -> "J";
            case STATIC_BASE -> "Ljava/lang/Object;";
        };
        for (FieldNode f : code.owner.fields) {
            if (f.name.equals(put.name) && f.desc.equals(put.desc) && f.desc.equals(desc)
                    && (f.access & (ACC_STATIC | ACC_FINAL)) == (ACC_STATIC | ACC_FINAL)) {
                return stores.get(f.name) == 1 ? new Store(f.name + ":" + f.desc, behaviorCalls) : null;
            }
        }
        return null;
    }

    private boolean isLookupCall(int i) {
        return i >= 0 && code.insn(i) instanceof MethodInsnNode m && m.getOpcode() == INVOKESTATIC
                && m.owner.equals(METHOD_HANDLES) && (m.name + m.desc).equals("lookup()L" + LOOKUP + ";");
    }

    /** The class an instruction pushes as a constant: {@code ldc C.class}, or {@code getstatic Integer.TYPE} and the like. */
    private JType classConstant(int i) {
        if (i < 0) return null;
        AbstractInsnNode n = code.insn(i);
        if (n instanceof LdcInsnNode ldc && ldc.cst instanceof Type t && (t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY)) {
            return JType.fromDescriptor(t.getDescriptor());
        }
        if (n instanceof FieldInsnNode f && f.getOpcode() == GETSTATIC && f.name.equals("TYPE") && f.desc.equals("Ljava/lang/Class;")) {
            return switch (f.owner) {
                case "java/lang/Boolean" -> JType.BOOLEAN;
                case "java/lang/Byte" -> JType.BYTE;
                case "java/lang/Character" -> JType.CHAR;
                case "java/lang/Short" -> JType.SHORT;
                case "java/lang/Integer" -> JType.INT;
                case "java/lang/Long" -> JType.LONG;
                case "java/lang/Float" -> JType.FLOAT;
                case "java/lang/Double" -> JType.DOUBLE;
                case "java/lang/Void" -> JType.VOID;
                default -> null;
            };
        }
        return null;
    }

    /**
     * The byte order an instruction pushes as a constant: true for {@code ByteOrder.BIG_ENDIAN}, false for
     * {@code LITTLE_ENDIAN} and {@code nativeOrder()} (Kiln's native order is little-endian, as runtime-lib's
     * {@code Unsafe} and {@code ByteOrder} report); null for anything else.
     */
    private Boolean byteOrderConstant(int i) {
        if (i < 0) return null;
        AbstractInsnNode n = code.insn(i);
        if (n instanceof FieldInsnNode f && f.getOpcode() == GETSTATIC && f.owner.equals(BYTE_ORDER)) {
            return f.name.equals("BIG_ENDIAN") ? Boolean.TRUE : f.name.equals("LITTLE_ENDIAN") ? Boolean.FALSE : null;
        }
        if (n instanceof MethodInsnNode m && m.getOpcode() == INVOKESTATIC && m.owner.equals(BYTE_ORDER)
                && (m.name + m.desc).equals("nativeOrder()L" + BYTE_ORDER + ";")) {
            return Boolean.FALSE;
        }
        return null;
    }

    private String stringConstant(int i) {
        return i >= 0 && code.insn(i) instanceof LdcInsnNode ldc && ldc.cst instanceof String s ? s : null;
    }
}
