package dev.kiln.frontend.lift;

import static org.objectweb.asm.Opcodes.*;

import dev.kiln.ir.CompileError;
import dev.kiln.ir.FieldRef;
import dev.kiln.ir.Insn;
import dev.kiln.ir.InvokeKind;
import dev.kiln.ir.JType;
import dev.kiln.ir.MethodSig;
import dev.kiln.ir.Value;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Field accesses, calls and object creation: each symbolic reference is resolved through the class model
 * ({@link LiftContext}), and an {@code initclass} is placed before every active use of a class whose
 * initialisation may run code (JVMS 5.5: new, getstatic, putstatic, invokestatic).
 *
 * <p>Static methods, constructors and static initializers skip the {@code initclass} of their own class and
 * its superclasses: they only run once that class's initialisation has started (a static call or a
 * {@code new} started it, and superclasses start first), and an initialisation in progress can only fail
 * after they return, since it is their caller. Instance methods get no such exception: an instance created
 * by an initializer that later failed can outlive it, and the JVM then throws NoClassDefFoundError at the
 * first static access even in the class's own code. Superinterfaces get no exception either: initialising
 * a class does not always initialise them. Within one bytecode block (straight-line code) a class is
 * initialised once; removing initialisations that other blocks dominate is left to the optimizer.
 */
final class MemberAccess {
    private final MethodCode code;
    private final LiftContext ctx;
    private final BlockEmitter out;
    private final StoreNarrowing narrowing;
    private final Set<String> initializedInBlock = new HashSet<>();

    MemberAccess(MethodCode code, LiftContext ctx, BlockEmitter out, StoreNarrowing narrowing) {
        this.code = code;
        this.ctx = ctx;
        this.out = out;
        this.narrowing = narrowing;
    }

    /** Called at the start of each bytecode block. */
    void enterBlock() {
        initializedInBlock.clear();
    }

    Value getField(FieldInsnNode n, Value object, Site site) {
        FieldRef f = resolve(n, false, site);
        return out.emit(new Insn.GetField(out.value(f.type()), f, object));
    }

    void putField(FieldInsnNode n, Value object, Value value, Site site) {
        FieldRef f = resolve(n, false, site);
        out.emit(new Insn.PutField(f, object, narrowing.narrow(value, f.type())));
    }

    /**
     * Reads a static field. A constant field of an interface is read without initialising the interface:
     * javac inlines such constants, so compiled Java code never initialises an interface by reading one.
     */
    Value getStatic(FieldInsnNode n, Site site) {
        FieldRef f = resolve(n, true, site);
        if (!(ctx.isInterface(f.owner()) && ctx.isConstantField(f))) initialize(f.owner());
        return out.emit(new Insn.GetStatic(out.value(f.type()), f));
    }

    void putStatic(FieldInsnNode n, Value value, Site site) {
        FieldRef f = resolve(n, true, site);
        Value narrowed = narrowing.narrow(value, f.type());
        initialize(f.owner());
        out.emit(new Insn.PutStatic(f, narrowed));
    }

    /** An invokevirtual, invokespecial, invokestatic or invokeinterface; {@code args} start with the receiver. */
    Value invoke(MethodInsnNode n, List<Value> args, Site site) {
        InvokeKind kind = switch (n.getOpcode()) {
            case INVOKEVIRTUAL -> InvokeKind.VIRTUAL;
            case INVOKESPECIAL -> InvokeKind.SPECIAL;
            case INVOKESTATIC -> InvokeKind.STATIC;
            default -> InvokeKind.INTERFACE;
        };
        String owner = JType.fromInternalName(n.owner).toString();
        return invoke(kind, owner, n.name, MethodSig.fromDescriptor(n.desc), n.itf, args, true, site);
    }

    /**
     * A call by name: resolved, and for a static method preceded by the owner's initialisation.
     *
     * @param keepResult false to drop the result of a non-void method (it has none in the IR)
     */
    Value invoke(InvokeKind kind, String owner, String name, MethodSig sig, boolean ownerIsInterface, List<Value> args,
                 boolean keepResult, Site site) {
        LiftContext.ResolvedMethod m = ctx.resolveMethod(kind, owner, name, sig, ownerIsInterface, site);
        if ((m.kind() == InvokeKind.STATIC) != (kind == InvokeKind.STATIC)) {
            String call = kind == InvokeKind.STATIC ? "invokestatic of the instance method "
                    : "instance call of the static method ";
            throw new CompileError(site.error(call + m.ref()));
        }
        if (m.kind() == InvokeKind.STATIC) initialize(m.ref().owner());
        JType ret = m.ref().sig().ret();
        Value result = ret.isVoid() || !keepResult ? null : out.value(ret);
        return out.emit(new Insn.Invoke(result, m.kind(), m.ref(), args));
    }

    /** {@code new C}: allocation only; the constructor is a separate invokespecial. */
    Value newObject(String className, Site site) {
        JType type = JType.object(className);
        ctx.requireType(type, site);
        initialize(className);
        return out.emit(new Insn.New(out.value(type), className));
    }

    private FieldRef resolve(FieldInsnNode n, boolean isStatic, Site site) {
        return ctx.resolveField(n.owner.replace('/', '.'), n.name, JType.fromDescriptor(n.desc), isStatic, site);
    }

    private void initialize(String className) {
        if (alreadyInitialized(className) || !ctx.needsInitialization(className)) return;
        if (initializedInBlock.add(className)) out.emit(new Insn.InitClass(className));
    }

    private boolean alreadyInitialized(String className) {
        if (!runsAfterOwnInitialization()) return false;
        return className.equals(code.className)
                || !ctx.isInterface(className) && ctx.isSubclassOf(code.className, className);
    }

    private boolean runsAfterOwnInitialization() {
        return (code.method.access & ACC_STATIC) != 0 || code.method.name.equals("<init>");
    }
}
