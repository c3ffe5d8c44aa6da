package dev.kiln.frontend.lift;

import static org.objectweb.asm.Opcodes.ALOAD;
import static org.objectweb.asm.Opcodes.ASTORE;

import dev.kiln.frontend.indy.SyntheticClasses;
import dev.kiln.ir.CompileError;
import dev.kiln.ir.Function;
import dev.kiln.ir.Insn;
import dev.kiln.ir.JType;
import dev.kiln.ir.Value;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Emits the checks behind the JVM's implicit exceptions before the instruction that needs them:
 * {@code nullcheck} (with the JVM's message, see {@link NullPointerMessages}; none in the classes made for
 * invokedynamic call sites, whose NullPointerExceptions the JVM, throwing them in hidden classes, leaves
 * without one) before every dereference,
 * {@code boundscheck} before array loads and stores, {@code storecheck} before reference array stores, and
 * {@code zerocheck} before integer division and remainder, in the JVM's order: null, then bounds, then
 * store type.
 *
 * <p>A check is left out only where it obviously cannot fail: the object is {@code this} (also when loaded
 * where paths meet), freshly allocated, a constant, a caught exception, or was already null-checked in the
 * same bytecode block; the
 * index is a constant inside a freshly allocated array of constant length; the stored value is null, or
 * of a class type (interfaces prove nothing: the verifier treats them as Object) that fits the component
 * type of a freshly allocated array; the divisor is a non-zero constant. Anything smarter is the
 * optimizer's.
 */
final class ImplicitChecks {
    private final MethodCode code;
    private final TypeFrame[] frames;
    private final LiftContext ctx;
    private final BlockEmitter out;
    private final Set<Value> nonNullInBlock = new HashSet<>();
    private NullSources sources;
    private Boolean storesToLocalZero;

    /** The method is {@code @TrustedArrayAccess}: its array accesses get no null or bounds check. */
    private final boolean trustedArrays;

    ImplicitChecks(MethodCode code, TypeFrame[] frames, LiftContext ctx, BlockEmitter out) {
        this.code = code;
        this.frames = frames;
        this.ctx = ctx;
        this.out = out;
        this.trustedArrays = trustsArrayAccess(code);
    }

    private static final String TRUSTED_ARRAY_ACCESS = "Ldev/kiln/runtime/TrustedArrayAccess;";
    private static final String RUNTIME_PACKAGE = "dev/kiln/runtime/";

    /**
     * True if the method carries {@code @dev.kiln.runtime.TrustedArrayAccess}; a compile error if it does but is
     * not Kiln's runtime's, since the checks it drops are what Java promises.
     */
    private static boolean trustsArrayAccess(MethodCode code) {
        boolean annotated = false;
        for (List<AnnotationNode> list : Arrays.asList(code.method.invisibleAnnotations, code.method.visibleAnnotations)) {
            if (list == null) continue;
            for (AnnotationNode a : list) annotated |= a.desc.equals(TRUSTED_ARRAY_ACCESS);
        }
        if (!annotated) return false;
        String name = code.className.replace('.', '/');
        if (!name.startsWith(RUNTIME_PACKAGE) || name.indexOf('/', RUNTIME_PACKAGE.length()) >= 0) {
            throw new CompileError(List.of(code.site(0).error(
                    "@TrustedArrayAccess drops Java's array checks and is only for Kiln's runtime (package dev.kiln.runtime)")));
        }
        return true;
    }

    /** Called at the start of each bytecode block: checks made elsewhere do not dominate it. */
    void enterBlock() {
        nonNullInBlock.clear();
    }

    /** Before instruction {@code i} dereferences {@code object}, which is {@code depth} entries below the stack's top. */
    void nullCheck(Value object, int i, int depth) {
        if (isKnownNonNull(object) || nonNullInBlock.contains(object)) return;
        if (sources == null) sources = NullSources.analyze(code, frames);
        nonNullInBlock.add(object);
        if (isThis(sources.producer(i, depth))) return;
        String message = SyntheticClasses.isCallSiteClass(code.owner) ? null : new NullPointerMessages(code, sources).message(i, depth);
        out.emit(new Insn.NullCheck(object, message));
    }

    /**
     * True if instruction {@code producer} loads {@code this}: local 0 of an instance method that never
     * stores to it. Where paths meet, the value read may still be a phi that only later proves to be
     * {@code this}, as in every loop.
     */
    private boolean isThis(int producer) {
        if (code.isStatic() || producer == NullSources.UNKNOWN) return false;
        if (!(code.insn(producer) instanceof VarInsnNode load) || load.getOpcode() != ALOAD || load.var != 0) return false;
        if (storesToLocalZero == null) {
            storesToLocalZero = false;
            for (int k = 0; k < code.size(); k++) {
                if (code.insn(k) instanceof VarInsnNode v && v.getOpcode() == ASTORE && v.var == 0) storesToLocalZero = true;
            }
        }
        return !storesToLocalZero;
    }

    /** Before {@code arraylength} {@code i}: the array is not null. */
    void arrayLength(Value array, int i) {
        if (!trustedArrays) nullCheck(array, i, 0);
    }

    /** Before array load {@code i}: the array (below the index) is not null and the index is in bounds. */
    void arrayLoad(Value array, Value index, int i) {
        if (trustedArrays) return;
        nullCheck(array, i, 1);
        boundsCheck(array, index);
    }

    /** Before array store {@code i}: null, bounds, and for references the runtime component type. */
    void arrayStore(Value array, Value index, Value value, int i) {
        if (!trustedArrays) {
            nullCheck(array, i, 2);
            boundsCheck(array, index);
        }
        if (value.type().isReference() && !storeFits(array, value)) out.emit(new Insn.StoreCheck(array, value));
    }

    /** Before an int or long division or remainder by {@code divisor}. */
    void divisor(Value divisor) {
        Object c = constant(divisor);
        if (!(c instanceof Number n) || n.longValue() == 0) out.emit(new Insn.ZeroCheck(divisor));
    }

    private void boundsCheck(Value array, Value index) {
        if (constant(index) instanceof Integer k && k >= 0 && freshLength(array) > k) return;
        out.emit(new Insn.BoundsCheck(array, index));
    }

    /** The length of an array allocated here with a constant length, else -1. */
    private static int freshLength(Value array) {
        return array.definition() instanceof Insn.NewArray n && constant(n.operand(0)) instanceof Integer length ? length : -1;
    }

    private boolean storeFits(Value array, Value value) {
        if (value.type().kind() == JType.Kind.NULL) return true;
        JType exact = array.definition() instanceof Insn.NewArray n ? n.componentType()
                : array.definition() instanceof Insn.NewMultiArray m ? m.arrayType().component() : null;
        return exact != null && provenType(value.type()) && ctx.isAssignable(value.type(), exact);
    }

    /** True if every value of static type {@code t} is known to be a {@code t}: classes and arrays of them, not interfaces. */
    private boolean provenType(JType t) {
        if (t.isArray()) return t.elementType().isPrimitive() || provenType(t.elementType());
        return t.isClass() && !ctx.isInterface(t.className());
    }

    private boolean isKnownNonNull(Value v) {
        if (v.definition() instanceof Function f) return !code.isStatic() && f.params().get(0) == v;
        Object def = v.definition();
        return def instanceof Insn.New || def instanceof Insn.NewArray || def instanceof Insn.NewMultiArray
                || def instanceof Insn.Caught || def instanceof Insn.Const c && c.value() != null;
    }

    private static Object constant(Value v) {
        return v.definition() instanceof Insn.Const c ? c.value() : null;
    }
}
