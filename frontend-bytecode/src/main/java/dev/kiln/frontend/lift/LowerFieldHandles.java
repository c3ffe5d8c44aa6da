package dev.kiln.frontend.lift;

import static org.objectweb.asm.Opcodes.*;

import dev.kiln.ir.CompileError;
import dev.kiln.ir.Diagnostic;
import dev.kiln.ir.FieldRef;
import dev.kiln.ir.JType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Compiles the JDK's atomic accesses for a program with one thread, as GraalVM's native image does at build
 * time: a {@code VarHandle} or an {@code Unsafe} field offset that a class's static initializer stores in a
 * static final field ({@link HandleDefinitions}) always denotes the same field or array, so every access through
 * it becomes plain bytecode on that field or array ({@link HandleAccessWriter}), and the initializer's lookups
 * become constants. Bytecode to bytecode, before the rest of the lifter sees the method:
 * <pre>
 *   before (in C.&lt;clinit&gt;):  MethodHandles.lookup().findVarHandle(C.class, "status", int.class); putstatic C.STATUS
 *   after:                    aconst_null; putstatic C.STATUS
 *   before:                   getstatic C.STATUS; aload t; iload c; iload n; invokevirtual VarHandle.compareAndSet(LC;II)Z
 *   after:                    getstatic C.STATUS; ...; pop the VarHandle; if (t == null) throw new NullPointerException();
 *                             x = t.status; if (x == c) { t.status = n; 1 } else 0
 *
 *   before (in D.&lt;clinit&gt;):  getstatic D.U; ldc D; ldc "value"; invokevirtual Unsafe.objectFieldOffset(Class, String)J; putstatic D.VALUE
 *   after:                    getstatic D.U; ...; check and pop; ldc2_w -2; putstatic D.VALUE
 *   before:                   getstatic D.U; aload o; getstatic D.VALUE; iload v; invokevirtual Unsafe.getAndAddInt(Object, long, int)I
 *   after:                    ...; x = ((D) o).value; ((D) o).value = x + v; x
 * </pre>
 * The {@code getstatic} of the handle stays, so the class is initialised where the JVM would; only the value
 * it reads goes unused. An {@code Unsafe} access of an object whose static type is an array, with any offset,
 * is an array element access at index {@code (offset - 16) >> log2(element size)}, matching the layout
 * runtime-lib's {@code Unsafe.arrayBaseOffset} and {@code arrayIndexScale} report
 * ({@code ConcurrentHashMap}'s {@code ((long) i << ASHIFT) + ABASE}); a plain get or put of another primitive type
 * than the array's (an {@code int} from a {@code byte[]}) stays a call of runtime-lib's {@code Unsafe} accessor,
 * which reads the array's bytes. The static fences of {@code VarHandle}
 * are dropped: one thread needs no ordering. The plain {@code get} and {@code set} of a view of byte arrays
 * ({@code byteArrayViewVarHandle}) become calls of runtime-lib's {@code dev.kiln.runtime.ByteArrayViews}, which
 * assembles the value from the bytes with the view's checks and exceptions.
 *
 * <p>What is not recognised is a compile error naming the call: a VarHandle access mode whose VarHandle is not
 * such a field, an {@code Unsafe} access whose offset is neither such a field nor into a statically typed array,
 * an access whose types do not fit the field, and a handle field read for anything but an access (the field
 * holds only a stand-in: null, or a negative offset no JVM uses). Lookups that are not definitions stay, and
 * {@link ReflectionCalls} rejects them. Calls inside {@code Unsafe} itself are left to its natives' errors.
 *
 * <p>Not checked: an access through a handle before the initializer has stored it (the JVM would throw a
 * NullPointerException; here the access happens), and access control on the looked-up field.
 */
final class LowerFieldHandles {
    private static final String VAR_HANDLE = "java/lang/invoke/VarHandle";
    private static final Set<String> FENCES = Set.of("fullFence", "acquireFence", "releaseFence", "loadLoadFence", "storeStoreFence");
    /** Stack entries an expansion may need beyond the method's own. */
    private static final int EXTRA_STACK = 8;

    private final MethodCode code;
    private final LiftContext ctx;
    private final TypeFrame[] frames;
    private final ValueSources sources;
    private final Map<Integer, InsnList> replacements = new HashMap<>();
    /** The local each array VarHandle access's code names {@code array}, by instruction. */
    private final Map<Integer, Integer> arrayLocals = new HashMap<>();
    /** The handle operands the replacements take: (instruction, depth) of each. */
    private final Set<List<Integer>> handledUses = new HashSet<>();
    private final List<Diagnostic> problems = new ArrayList<>();
    private final Set<Integer> problemSites = new HashSet<>();
    private final HandleDefinitions definitions;
    private NullSources nullSources;
    private NullPointerMessages messages;
    private int localsEnd;
    private int definitionCount;

    private LowerFieldHandles(MethodCode code, LiftContext ctx, TypeFrame[] frames) {
        this.code = code;
        this.ctx = ctx;
        this.frames = frames;
        this.sources = ValueSources.analyze(code, frames);
        this.definitions = HandleDefinitions.analyze(code, sources, ctx);
        this.localsEnd = code.maxLocals();
    }

    /**
     * {@code method} itself if it makes or uses no handle; otherwise a new method node with the accesses lowered.
     *
     * @throws CompileError for every handle use that cannot be lowered, all at once
     */
    static MethodNode lower(ClassNode owner, MethodNode method, LiftContext ctx, String file) {
        if (!mentionsHandles(method)) return method;
        MethodCode code = MethodCode.of(owner, method, file);
        LowerFieldHandles l = new LowerFieldHandles(code, ctx, TypeFlow.analyze(code, ctx));
        l.findSites();
        if (!l.problems.isEmpty()) throw new CompileError(l.problems);
        return l.replacements.isEmpty() ? method : l.rewrite();
    }

    /**
     * True if the method calls VarHandle, Unsafe or a lookup, or reads a VarHandle field (whose stand-in must not
     * be used as an object). An offset read elsewhere can reach an Unsafe access only as an argument, an error where
     * that access is; the JDK does nothing else with one.
     */
    private static boolean mentionsHandles(MethodNode method) {
        for (AbstractInsnNode n = method.instructions.getFirst(); n != null; n = n.getNext()) {
            if (n instanceof MethodInsnNode m && (m.owner.equals(VAR_HANDLE) || m.owner.equals(HandleDefinitions.UNSAFE)
                    || m.owner.equals(HandleDefinitions.METHOD_HANDLES) || m.owner.equals(HandleDefinitions.LOOKUP)
                    || m.owner.equals(HandleDefinitions.MH_UTIL))) {
                return true;
            }
            if (n instanceof FieldInsnNode f && f.getOpcode() == GETSTATIC && f.desc.equals("L" + VAR_HANDLE + ";")) return true;
        }
        return false;
    }

    private void findSites() {
        for (int i = 0; i < code.size(); i++) {
            if (!sources.isReached(i) || !(code.insn(i) instanceof MethodInsnNode call)) continue;
            if (definitions.definedAt(i) != null) {
                replacements.put(i, definition(i, call, definitions.definedAt(i)));
            } else if (definitions.isHelper(i)) {
                replacements.put(i, dropOperands(call, new InsnNode(ACONST_NULL)));
            } else if (definitions.isBehaviorCall(i)) {
                replacements.put(i, new InsnList());
            } else if (call.owner.equals(VAR_HANDLE)) {
                varHandleCall(i, call);
            } else if (call.owner.equals(HandleDefinitions.UNSAFE) && call.getOpcode() == INVOKEVIRTUAL
                    && !code.owner.name.equals(HandleDefinitions.UNSAFE)) {
                unsafeCall(i, call);
            }
        }
        for (int i = 0; i < code.size(); i++) {
            if (sources.isReached(i) && code.insn(i).getOpcode() == GETSTATIC && handleReadBy(i) != null) checkUses(i);
        }
    }

    /** A definition: its operands dropped, a stand-in for the handle pushed (offsets numbered from -2 down). */
    private InsnList definition(int i, MethodInsnNode call, FieldHandle h) {
        InsnList out = new InsnList();
        int args = Type.getArgumentTypes(call.desc).length;
        for (int k = 0; k < args; k++) out.add(new InsnNode(POP));
        if (call.owner.equals(HandleDefinitions.UNSAFE)) {
            LabelNode ok = new LabelNode();
            out.add(new JumpInsnNode(IFNONNULL, ok));
            out.add(throwNullPointer(receiverMessage(i, args)));
            out.add(ok);
        } else if (call.getOpcode() != INVOKESTATIC) {
            out.add(new InsnNode(POP));
        }
        out.add(switch (h.kind()) {
            case VAR_HANDLE, BYTE_ARRAY_VIEW -> new InsnNode(ACONST_NULL);
            case OFFSET -> new LdcInsnNode(-2L - definitionCount++);
            case STATIC_BASE -> new LdcInsnNode(Type.getObjectType(h.field().owner().replace('.', '/')));
        });
        return out;
    }

    private static InsnList dropOperands(MethodInsnNode call, AbstractInsnNode result) {
        InsnList out = new InsnList();
        int operands = Type.getArgumentTypes(call.desc).length + (call.getOpcode() == INVOKESTATIC ? 0 : 1);
        for (int k = 0; k < operands; k++) out.add(new InsnNode(POP));
        out.add(result);
        return out;
    }

    private void varHandleCall(int i, MethodInsnNode call) {
        if (call.getOpcode() == INVOKESTATIC && FENCES.contains(call.name) && call.desc.equals("()V")) {
            replacements.put(i, new InsnList());
            return;
        }
        AccessMethod m = call.getOpcode() == INVOKEVIRTUAL ? AccessMethod.ofVarHandle(call.name) : null;
        if (m == null) return;
        Type[] params = Type.getArgumentTypes(call.desc);
        FieldHandle h = handleReadBy(sources.onlyProducer(i, params.length));
        if (h == null || (h.kind() != FieldHandle.Kind.VAR_HANDLE && h.kind() != FieldHandle.Kind.BYTE_ARRAY_VIEW)) {
            problem(i, describe(call) + ": Kiln compiles a VarHandle's access modes only on a static final field that its class's"
                    + " static initializer sets with findVarHandle, findStaticVarHandle, arrayElementVarHandle or"
                    + " byteArrayViewVarHandle of constants");
            return;
        }
        HandleAccessWriter w = new HandleAccessWriter(ctx, code.maxLocals());
        if (h.kind() == FieldHandle.Kind.BYTE_ARRAY_VIEW) {
            try {
                replace(i, w.byteArrayView(m, h, params, Type.getReturnType(call.desc)), w);
                handledUses.add(List.of(i, params.length));
            } catch (HandleAccessWriter.Unsupported e) {
                problem(i, describe(call) + " on " + h.describe() + ": " + e.getMessage());
            }
            return;
        }
        boolean nonNull = !h.isStatic() && isThis(i, params.length - 1);
        try {
            replace(i, w.varHandle(m, h, params, Type.getReturnType(call.desc), nonNull), w);
            handledUses.add(List.of(i, params.length));
        } catch (HandleAccessWriter.Unsupported e) {
            problem(i, describe(call) + " on " + h.describe() + ": " + e.getMessage());
        }
    }

    private void unsafeCall(int i, MethodInsnNode call) {
        AccessMethod m = AccessMethod.ofUnsafe(call.name, call.desc);
        if (m == null) return;
        int n = Type.getArgumentTypes(call.desc).length;
        int objectDepth = n - 1;
        int offsetDepth = n - 2;
        int offsetProducer = sources.onlyProducer(i, offsetDepth);
        FieldHandle offset = handleReadBy(offsetProducer);
        FieldHandle inline = definitions.offsetOnlyFor(offsetProducer, i, offsetDepth);
        if (inline != null) {
            offset = inline;
            replacements.put(offsetProducer, definition(offsetProducer, (MethodInsnNode) code.insn(offsetProducer), inline));
        }
        JType objectType = frames[i].stack.get(frames[i].stack.size() - 1 - objectDepth);
        HandleAccessWriter w = new HandleAccessWriter(ctx, code.maxLocals());
        try {
            if (offset != null && offset.kind() == FieldHandle.Kind.OFFSET) {
                if (offset.isStatic()) {
                    FieldHandle base = handleReadBy(sources.onlyProducer(i, objectDepth));
                    if (base == null || base.kind() != FieldHandle.Kind.STATIC_BASE || !base.field().equals(offset.field())) {
                        problem(i, describe(call) + " on " + offset.describe() + ": its object is not that field's staticFieldBase");
                        return;
                    }
                    handledUses.add(List.of(i, objectDepth));
                }
                replace(i, w.unsafeField(m, offset, objectType, isThis(i, objectDepth), receiverMessage(i, n)), w);
                handledUses.add(List.of(i, offsetDepth));
            } else if (objectType.isArray() && offset == null) {
                if (readsBytesOfElements(call, m, objectType)) return;
                replace(i, w.unsafeArray(m, objectType, false, receiverMessage(i, n)), w);
            } else {
                problem(i, describe(call) + ": Kiln compiles an Unsafe access only with the offset of a field, read from a static"
                        + " final field that its class's static initializer sets with objectFieldOffset or staticFieldOffset,"
                        + " or on an object whose static type is an array");
            }
        } catch (HandleAccessWriter.Unsupported e) {
            problem(i, describe(call) + " on " + (offset != null ? offset.describe() : "an element of " + objectType) + ": " + e.getMessage());
        }
    }

    /**
     * True for a plain {@code Unsafe} get or put ({@code getInt(Object, long)}, no memory-order suffix) of a primitive
     * type other than the element type of the primitive array it accesses, as {@code CRC32C} reads a {@code byte[]}
     * an {@code int} or a {@code long} at a time: not an element access, so the call stays, and runtime-lib's
     * substitute of the accessor reads or writes the array's bytes in the native order (little-endian).
     */
    private static boolean readsBytesOfElements(MethodInsnNode call, AccessMethod m, JType arrayType) {
        if (m.op() != AccessMethod.Op.GET && m.op() != AccessMethod.Op.SET) return false;
        Type component = Type.getType(arrayType.component().descriptor());
        boolean primitive = component.getSort() < Type.ARRAY && m.type().getSort() < Type.ARRAY;
        String plainName = (m.op() == AccessMethod.Op.GET ? "get" : "put")
                + m.type().getClassName().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + m.type().getClassName().substring(1);
        return primitive && !component.equals(m.type()) && call.name.equals(plainName);
    }

    private void replace(int i, InsnList code, HandleAccessWriter w) {
        replacements.put(i, code);
        localsEnd = Math.max(localsEnd, w.localsEnd());
        if (w.arrayLocal() >= 0) arrayLocals.put(i, w.arrayLocal());
    }

    /**
     * True if the operand {@code depth} entries below the top before instruction {@code i} is {@code this}: loaded
     * from local 0 of an instance method that never stores into it.
     */
    private boolean isThis(int i, int depth) {
        int producer = nullSources().producer(i, depth);
        if (code.isStatic() || producer == NullSources.UNKNOWN || !(code.insn(producer) instanceof VarInsnNode load)
                || load.getOpcode() != ALOAD || load.var != 0) {
            return false;
        }
        for (int k = 0; k < code.size(); k++) {
            if (code.insn(k) instanceof VarInsnNode v && v.getOpcode() == ASTORE && v.var == 0) return false;
        }
        return true;
    }

    /** The handle a {@code getstatic} at {@code i} reads, or null if {@code i} is no such read. */
    private FieldHandle handleReadBy(int i) {
        if (i < 0 || !(code.insn(i) instanceof FieldInsnNode f) || f.getOpcode() != GETSTATIC) return null;
        try {
            FieldRef field = ctx.resolveField(f.owner.replace('/', '.'), f.name, JType.fromDescriptor(f.desc), true, code.site(i));
            return ctx.fieldHandle(field);
        } catch (CompileError unresolved) {
            return null;
        }
    }

    /** A handle read must go only to accesses that were lowered (or be dropped): anything else would see the stand-in. */
    private void checkUses(int getStatic) {
        for (ValueSources.Use use : sources.uses(getStatic)) {
            int op = code.insn(use.insn()).getOpcode();
            if (op == POP || op == POP2 || handledUses.contains(List.of(use.insn(), use.depth())) || problemSites.contains(use.insn())) {
                continue;
            }
            FieldInsnNode f = (FieldInsnNode) code.insn(getStatic);
            problem(use.insn(), "the handle in " + f.owner.replace('/', '.') + "." + f.name + " (" + handleReadBy(getStatic).describe()
                    + ") is used other than by one of its accesses, which Kiln does not compile");
        }
    }

    private String receiverMessage(int i, int depth) {
        if (messages == null) messages = new NullPointerMessages(code, nullSources());
        return messages.message(i, depth);
    }

    private NullSources nullSources() {
        if (nullSources == null) nullSources = NullSources.analyze(code, frames);
        return nullSources;
    }

    private static InsnList throwNullPointer(String message) {
        InsnList out = new InsnList();
        out.add(new TypeInsnNode(NEW, "java/lang/NullPointerException"));
        out.add(new InsnNode(DUP));
        out.add(new LdcInsnNode(message));
        out.add(new MethodInsnNode(INVOKESPECIAL, "java/lang/NullPointerException", "<init>", "(Ljava/lang/String;)V", false));
        out.add(new InsnNode(ATHROW));
        return out;
    }

    private void problem(int i, String message) {
        problemSites.add(i);
        problems.add(code.site(i).error(message));
    }

    /** {@code java.lang.invoke.VarHandle.compareAndSet(C, int, int)}: the call as source would name it. */
    private static String describe(MethodInsnNode call) {
        StringBuilder sb = new StringBuilder(call.owner.replace('/', '.')).append('.').append(call.name).append('(');
        Type[] params = Type.getArgumentTypes(call.desc);
        for (int k = 0; k < params.length; k++) sb.append(k == 0 ? "" : ", ").append(params[k].getClassName());
        return sb.append(')').toString();
    }

    /**
     * The method with each replaced instruction's code in its place. Every instruction gets a label with its
     * bytecode offset (inserted ones the offset of the call they replace) and keeps its line, so positions,
     * exception ranges, local variable names and NullPointerException messages stay as they were.
     */
    private MethodNode rewrite() {
        MethodNode method = code.method;
        Lowered out = new Lowered(method);
        out.maxLocals = localsEnd;
        out.maxStack = method.maxStack + EXTRA_STACK;
        LabelNode[] labels = new LabelNode[code.size()];
        for (int i = 0; i < labels.length; i++) labels[i] = at(code.pos(i).bytecodeOffset());
        LabelNode end = new LabelNode();
        Map<LabelNode, LabelNode> targets = new HashMap<>();
        for (AbstractInsnNode n = method.instructions.getFirst(); n != null; n = n.getNext()) {
            if (n instanceof LabelNode l) targets.put(l, code.indexOf(l) < labels.length ? labels[code.indexOf(l)] : end);
        }
        InsnList insns = out.instructions;
        int line = -1;
        for (int i = 0; i < code.size(); i++) {
            insns.add(labels[i]);
            if (code.pos(i).line() != line) {
                line = code.pos(i).line();
                insns.add(new LineNumberNode(line, labels[i]));
            }
            InsnList replacement = replacements.get(i);
            if (replacement == null) {
                insns.add(InsnCopies.copy(code.insn(i), targets));
                continue;
            }
            boolean first = true;
            AbstractInsnNode last = null;
            for (AbstractInsnNode n : replacement.toArray()) {
                if (n.getOpcode() >= 0 && !first) insns.add(at(code.pos(i).bytecodeOffset()));
                if (n.getOpcode() >= 0) {
                    first = false;
                    last = n;
                }
                insns.add(n);
            }
            if (first) insns.add(new InsnNode(NOP));
            MethodInsnNode call = (MethodInsnNode) code.insn(i);
            if (last != null && Type.getReturnType(call.desc).getSort() >= Type.ARRAY && definitions.definedAt(i) == null) {
                out.results.put(last, call);
            }
        }
        insns.add(end);
        for (MethodCode.TryCatch tc : code.tryCatches()) {
            LabelNode tcEnd = tc.end() == code.size() ? end : labels[tc.end()];
            String type = tc.catchType() == null ? null : tc.catchType().replace('.', '/');
            out.tryCatchBlocks.add(new TryCatchBlockNode(labels[tc.start()], tcEnd, labels[tc.handler()], type));
        }
        out.localVariables = new ArrayList<>();
        if (method.localVariables != null) {
            for (LocalVariableNode v : method.localVariables) {
                out.localVariables.add(new LocalVariableNode(v.name, v.desc, v.signature, targets.get(v.start), targets.get(v.end), v.index));
            }
        }
        for (Map.Entry<Integer, Integer> a : arrayLocals.entrySet()) {
            int i = a.getKey();
            LabelNode after = i + 1 < labels.length ? labels[i + 1] : end;
            out.localVariables.add(new LocalVariableNode("array", "Ljava/lang/Object;", null, labels[i], after, a.getValue()));
        }
        return out;
    }

    /**
     * A lowered method, which remembers the call each access's code stands for: the instruction pushing an
     * access's result is described as that call's return value in NullPointerException messages, as the JVM
     * describes it ({@link NullPointerMessages}).
     */
    static final class Lowered extends MethodNode {
        private final Map<AbstractInsnNode, MethodInsnNode> results = new IdentityHashMap<>();

        Lowered(MethodNode original) {
            super(ASM9, original.access, original.name, original.desc, original.signature, original.exceptions.toArray(new String[0]));
        }

        /** The call whose result instruction {@code n} pushes, or null if it stands for none. */
        MethodInsnNode resultOf(AbstractInsnNode n) {
            return results.get(n);
        }
    }

    private static LabelNode at(int offset) {
        return new LabelNode(new LiftableClass.OffsetLabel(offset));
    }
}
