package dev.kiln.frontend.reach;

import dev.kiln.frontend.lift.Site;
import dev.kiln.frontend.model.ClassHierarchy;
import dev.kiln.frontend.model.ClassInfo;
import dev.kiln.frontend.model.FieldInfo;
import dev.kiln.frontend.model.MethodInfo;
import dev.kiln.ir.Block;
import dev.kiln.ir.CondOp;
import dev.kiln.ir.Flag;
import dev.kiln.ir.Function;
import dev.kiln.ir.Handler;
import dev.kiln.ir.Insn;
import dev.kiln.ir.InsnVisitor;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.JType;
import dev.kiln.ir.MethodRef;
import dev.kiln.ir.Phi;
import dev.kiln.ir.analysis.InstanceofBranch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one lifted method for what it makes reachable and tells the {@link RapidTypeAnalysis}. Every
 * reference in the IR is already resolved (its owner declares the member), so this only looks members
 * up. Implements the full visitor so that a new instruction kind cannot be overlooked here.
 *
 * <p>Only the blocks control can reach are read, from the entry over normal and exception edges, and a branch
 * on {@code instanceof T} is followed into its "is a T" side only once the program instantiates a class that
 * is a T: until then no value can be one, so that side cannot run. {@code Formatter} tests its argument with
 * {@code instanceof BigInteger}, {@code BigDecimal}, {@code Calendar} and {@code TemporalAccessor}, and the
 * collections test for {@code SortedSet} or {@code RandomAccess}; a program that makes no such object keeps
 * none of the code behind those tests. When the analysis instantiates a T, it resumes reading there
 * ({@link #resume}); when it ends, {@link #prune} turns each branch still waiting into a {@code goto} and removes
 * the blocks never read, so the program holds no code that calls what the analysis found unreachable. The
 * types arrays also are (Object, Cloneable, Serializable) and array types are never waited on. The body of an
 * {@code assert} statement is never read at all ({@link #assertionSkipped}).
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
    private Function body;
    private final Set<Block> visited = new HashSet<>();
    /** The "is a T" edges not taken yet: the branching block, by the type it waits for. */
    private final Map<ClassInfo, List<Block>> waiting = new HashMap<>();
    /** Branches that only ever go one way (assertions are disabled): the branching block and where it goes. */
    private final Map<Block, Block> oneWay = new HashMap<>();

    BodyScanner(RapidTypeAnalysis rta, ClassHierarchy h, MethodInfo method) {
        this.rta = rta;
        this.h = h;
        this.method = method;
        this.methodSite = method.site();
    }

    /** Reads {@code body} from its entry; the analysis keeps this scanner while branches in it wait for a type. */
    void scan(Function body) {
        this.body = body;
        rta.scanning(method);
        read(body.entry());
        if (waiting.isEmpty()) prune();
    }

    MethodInfo method() {
        return method;
    }

    /** {@code type} now has an instance: reads the sides of the branches that waited for it. */
    void resume(ClassInfo type) {
        List<Block> branches = waiting.remove(type);
        if (branches == null) return;
        for (Block b : branches) {
            for (Block s : b.successors()) read(s);
        }
    }

    private void read(Block start) {
        InstanceofBranch.walk(start, visited, this::readBlock, this::takenSuccessors);
    }

    private void readBlock(Block b) {
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

    /** The successors control may take from {@code b} now; an "is a T" edge waits while T has no instance. */
    private List<Block> takenSuccessors(Block b) {
        Block skipAssertion = assertionSkipped(b);
        if (skipAssertion != null) {
            oneWay.put(b, skipAssertion);
            List<Block> out = new ArrayList<>(b.exceptionSuccessors());
            out.add(skipAssertion);
            return out;
        }
        InstanceofBranch branch = InstanceofBranch.of(b);
        ClassInfo type = branch == null ? null : awaitedType(branch);
        if (type == null || rta.hasInstance(type)) return b.allSuccessors();
        // Read on when T gets an instance, from the branching block's successors (the read ones are skipped).
        waiting.computeIfAbsent(type, k -> {
            rta.waitFor(this, k);
            return new ArrayList<>();
        }).add(b);
        List<Block> out = new ArrayList<>(b.exceptionSuccessors());
        out.add(branch.otherSide());
        return out;
    }

    /**
     * The type whose instances the "is a T" side of the branch needs, or null unless T is a class or interface that
     * arrays cannot be.
     */
    private ClassInfo awaitedType(InstanceofBranch branch) {
        if (!branch.test().type().isClass()) return null;
        String name = branch.test().type().className();
        if (name.equals("java.lang.Object") || name.equals("java.lang.Cloneable") || name.equals("java.io.Serializable")) return null;
        return h.find(name); // kept by visitInstanceOf, so found
    }

    /**
     * Where {@code b} goes if it ends in javac's test {@code if ($assertionsDisabled)} before an {@code assert}
     * statement, else null. Kiln runs programs with assertions disabled, as the JVM does by default
     * ({@code Class.desiredAssertionStatus()} is false), and the synthetic static final field that javac sets from it
     * first thing in the class's initializer is true before any code can test it; so the assertion never runs, and
     * its condition, message and {@code AssertionError} are not part of the program.
     */
    private Block assertionSkipped(Block b) {
        Insn.If i = InstanceofBranch.twoWayTest(b);
        if (i == null || !(i.operand(0).definition() instanceof Insn.GetStatic read) || !read.field().name().equals("$assertionsDisabled")) {
            return null;
        }
        FieldInfo field = h.declaredField(read.field(), site());
        if (!field.isStatic() || !field.flags().contains(Flag.FINAL) || !field.flags().contains(Flag.SYNTHETIC)) return null;
        return i.cond() == CondOp.NE ? i.ifTrue() : i.ifFalse();
    }

    /**
     * Makes the body what the analysis read: each branch that goes one way and each still waiting for an instance
     * become a {@code goto} to the side taken, and the blocks never read are removed, with their phi inputs.
     */
    void prune() {
        Map<Block, Block> gotos = new HashMap<>(oneWay);
        for (List<Block> branches : waiting.values()) {
            for (Block b : branches) gotos.put(b, InstanceofBranch.of(b).otherSide());
        }
        oneWay.clear();
        waiting.clear();
        body.keepOnly(visited, gotos);
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
