package dev.kiln.frontend.reach;

import dev.kiln.frontend.lift.Site;
import dev.kiln.frontend.model.ClassHierarchy;
import dev.kiln.frontend.model.MethodInfo;
import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import dev.kiln.ir.Handler;
import dev.kiln.ir.Insn;
import dev.kiln.ir.InsnVisitor;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.JType;
import dev.kiln.ir.MethodRef;
import dev.kiln.ir.Phi;

/**
 * Reads one lifted method for what it makes reachable and tells the {@link RapidTypeAnalysis}. Every
 * reference in the IR is already resolved (its owner declares the member), so this only looks members
 * up. Implements the full visitor so that a new instruction kind cannot be overlooked here.
 */
final class BodyScanner implements InsnVisitor<Void> {
    /** What the backend calls for monitorenter and monitorexit (docs/RUNTIME-CONTRACT.md). */
    static final MethodRef MONITOR_ENTER = MethodRef.of("dev.kiln.runtime.Monitors", "enter", "(Ljava/lang/Object;)V");
    static final MethodRef MONITOR_EXIT = MethodRef.of("dev.kiln.runtime.Monitors", "exit", "(Ljava/lang/Object;)V");

    private final RapidTypeAnalysis rta;
    private final ClassHierarchy h;
    private final MethodInfo method;
    private final Site methodSite;
    private ReachedFrom here;

    BodyScanner(RapidTypeAnalysis rta, ClassHierarchy h, MethodInfo method) {
        this.rta = rta;
        this.h = h;
        this.method = method;
        this.methodSite = method.site();
    }

    void scan(Function body) {
        for (Block b : body.blocks()) {
            for (Handler handler : b.handlers()) {
                if (handler.catchType() != null) rta.keepType(JType.object(handler.catchType()), methodSite);
            }
            for (Phi p : b.phis()) rta.keepType(p.result().type(), methodSite);
            for (Instruction i : b.instructions()) {
                here = new ReachedFrom(method, methodSite.at(i.pos()));
                if (i.result() != null) rta.keepType(i.result().type(), here.site());
                i.accept(this);
            }
        }
    }

    private Site site() {
        return here.site();
    }

    @Override
    public Void visitConst(Insn.Const i) {
        if (i.value() instanceof String) {
            // The backend allocates literals as java.lang.String objects holding a char[].
            rta.instantiate(h.require("java.lang.String", site()), here);
            rta.arrayCreated();
        } else if (i.value() instanceof JType type) {
            rta.keepType(type, site());
            if (type.elementType().isClass()) rta.classLiterals.add(h.require(type.elementType().className(), site()));
            rta.instantiate(h.require("java.lang.Class", site()), here);
        }
        return null;
    }

    /**
     * The field's class is kept even if nothing instantiates it: the access is then always on null, and the
     * check before it throws, but the backend still lays out the access.
     */
    @Override
    public Void visitGetField(Insn.GetField i) {
        h.declaredField(i.field(), site());
        rta.keepType(JType.object(i.field().owner()), site());
        return null;
    }

    @Override
    public Void visitPutField(Insn.PutField i) {
        h.declaredField(i.field(), site());
        rta.keepType(JType.object(i.field().owner()), site());
        return null;
    }

    @Override
    public Void visitGetStatic(Insn.GetStatic i) {
        rta.accessStatic(h.declaredField(i.field(), site()), site());
        return null;
    }

    @Override
    public Void visitPutStatic(Insn.PutStatic i) {
        rta.accessStatic(h.declaredField(i.field(), site()), site());
        return null;
    }

    @Override
    public Void visitInvoke(Insn.Invoke i) {
        if (i.method().equals(GeneratedBodies.FOR_NAME) && i.operand(0).definition() instanceof Insn.Const c
                && c.value() instanceof String name) {
            rta.generated.forNameLiteral(name);
        }
        MethodInfo target = h.declaredMethod(i.method(), site());
        switch (i.kind()) {
            case STATIC, SPECIAL -> rta.reach(target, here);
            case VIRTUAL, INTERFACE -> rta.dispatch(target, here);
        }
        return null;
    }

    @Override
    public Void visitNew(Insn.New i) {
        rta.instantiate(h.require(i.className(), site()), here);
        return null;
    }

    @Override
    public Void visitNewArray(Insn.NewArray i) {
        rta.keepType(i.componentType(), site());
        rta.arrayCreated();
        return null;
    }

    @Override
    public Void visitNewArrayOf(Insn.NewArrayOf i) {
        rta.keepType(i.componentType(), site());
        rta.arrayCreated();
        return null;
    }

    @Override
    public Void visitNewMultiArray(Insn.NewMultiArray i) {
        rta.keepType(i.arrayType(), site());
        rta.arrayCreated();
        return null;
    }

    @Override
    public Void visitInstanceOf(Insn.InstanceOf i) {
        rta.keepType(i.type(), site());
        return null;
    }

    @Override
    public Void visitCheckCast(Insn.CheckCast i) {
        rta.keepType(i.type(), site());
        return null;
    }

    @Override
    public Void visitInitClass(Insn.InitClass i) {
        rta.initialize(h.require(i.className(), site()), here);
        return null;
    }

    /** The backend implements monitorenter and monitorexit by calling the runtime library's bookkeeping. */
    @Override
    public Void visitMonitor(Insn.Monitor i) {
        rta.reach(h.declaredMethod(i.isEnter() ? MONITOR_ENTER : MONITOR_EXIT, site()), here);
        return null;
    }

    // Instructions that reach nothing beyond their result type, which scan() has kept.
    @Override public Void visitBinary(Insn.Binary i) { return null; }
    @Override public Void visitNegate(Insn.Negate i) { return null; }
    @Override public Void visitConvert(Insn.Convert i) { return null; }
    @Override public Void visitArrayLoad(Insn.ArrayLoad i) { return null; }
    @Override public Void visitArrayStore(Insn.ArrayStore i) { return null; }
    @Override public Void visitArrayLength(Insn.ArrayLength i) { return null; }
    @Override public Void visitCaught(Insn.Caught i) { return null; }
    @Override public Void visitNullCheck(Insn.NullCheck i) { return null; }
    @Override public Void visitBoundsCheck(Insn.BoundsCheck i) { return null; }
    @Override public Void visitZeroCheck(Insn.ZeroCheck i) { return null; }
    @Override public Void visitStoreCheck(Insn.StoreCheck i) { return null; }
    @Override public Void visitGoto(Insn.Goto i) { return null; }
    @Override public Void visitIf(Insn.If i) { return null; }
    @Override public Void visitSwitch(Insn.Switch i) { return null; }
    @Override public Void visitReturn(Insn.Return i) { return null; }
    @Override public Void visitThrow(Insn.Throw i) { return null; }
    @Override public Void visitUnreachable(Insn.Unreachable i) { return null; }
}
