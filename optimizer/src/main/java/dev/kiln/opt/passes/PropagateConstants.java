package dev.kiln.opt.passes;

import dev.kiln.ir.Block;
import dev.kiln.ir.CondOp;
import dev.kiln.ir.Function;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.JType;
import dev.kiln.ir.Phi;
import dev.kiln.ir.Value;
import dev.kiln.ir.analysis.ReversePostorder;
import dev.kiln.opt.ConstantFolding;
import dev.kiln.opt.Pass;
import dev.kiln.opt.PassContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sparse conditional constant propagation (Wegman and Zadeck): finds the values that are one constant on every path
 * that can run, and the branches that can go only one way, assuming each block unreachable until an edge that can run
 * reaches it. So a loop that starts a variable at a constant and changes it only on a path that cannot run keeps the
 * constant, which folding values and branches one after the other would miss.
 *
 * <pre>
 * b0:                                        b0:
 *   v1 = const int 4                           v1 = const int 4
 *   v2 = shl int v1, v1                        v2 = const int 64
 *   if gt v2, v0 then b1 else b2       →       if gt v2, v0 then b1 else b2
 * b1:                                        (b3: the branch on v3 went one way)
 *   v3 = and int v2, v1
 *   if eq v3 then b2 else b3
 * </pre>
 *
 * <p>What it folds: arithmetic, negation and conversions of constants with Java's semantics ({@link ConstantFolding});
 * phis whose inputs along the edges that can run are one constant; reads of static finals that hold one constant
 * ({@link dev.kiln.opt.StaticConstants}); {@code instanceof} of null; the length of an array made here with a constant
 * length; {@code if} on constants (ints, and references: null, a string constant, or one value compared with itself)
 * and {@code switch} on a constant. The folded instruction becomes a {@code const} where it stood (a phi, one at the
 * top of its block, after a handler's {@code caught}); a branch that goes one way becomes a {@code goto}, and the blocks no edge that can run reaches are
 * removed, with the handlers that lead to them. A handler counts as reached from a block only if the block holds an
 * instruction that may throw.
 *
 * <p>It leaves alone: integer division and remainder by a constant zero (the {@code zerocheck} before them throws),
 * algebraic identities ({@code x * 0} with {@code x} unknown), comparisons of references other than those above
 * (whether two string constants are one object is the runtime's business), and loads from fields and arrays.
 */
public final class PropagateConstants implements Pass {
    /** The lattice's bottom: the value may differ between runs (or paths). Absence from the map is the top. */
    private static final Object VARIES = new Object() {
        @Override public String toString() { return "varies"; }
    };
    /** The constant {@code null}, which a map cannot hold as a value. */
    private static final Object NULL = new Object() {
        @Override public String toString() { return "null"; }
    };

    @Override
    public boolean run(PassContext ctx, Function fn) {
        return new Solver(ctx, fn).solve().rewrite();
    }

    private static final class Solver {
        private final PassContext ctx;
        private final Function fn;
        private final List<Block> order;
        private final Map<Value, Object> values = new HashMap<>();
        private final Set<Block> reached = new HashSet<>();
        /** Edges that can run, as from → to; exception edges included. */
        private final Map<Block, Set<Block>> edges = new HashMap<>();

        Solver(PassContext ctx, Function fn) {
            this.ctx = ctx;
            this.fn = fn;
            this.order = ReversePostorder.of(fn);
        }

        Solver solve() {
            for (Value p : fn.params()) values.put(p, VARIES);
            reached.add(fn.entry());
            boolean changed = true;
            while (changed) {
                changed = false;
                for (Block b : order) {
                    if (!reached.contains(b)) continue;
                    for (Phi p : b.phis()) changed |= set(p.result(), phi(p));
                    boolean mayThrow = false;
                    for (Instruction i : b.instructions()) {
                        mayThrow |= i.mayThrow();
                        if (i instanceof Insn.Terminator t) changed |= follow(b, t);
                        else if (i.result() != null) changed |= set(i.result(), evaluate(i));
                    }
                    if (mayThrow) {
                        for (Block h : b.exceptionSuccessors()) changed |= edge(b, h);
                    }
                }
            }
            return this;
        }

        /** Lowers {@code v} to the meet of what it was and {@code x}; true if it changed. */
        private boolean set(Value v, Object x) {
            if (x == null) return false; // still the top
            Object old = values.get(v);
            Object meet = old == null ? x : meet(old, x);
            if (meet == old) return false;
            values.put(v, meet);
            return true;
        }

        private static Object meet(Object a, Object b) {
            if (a == VARIES || b == VARIES) return VARIES;
            if (a == NULL || b == NULL) return a == b ? a : VARIES;
            return ConstantFolding.same(a, b) ? a : VARIES;
        }

        /** The lattice value of {@code v}: null (the top: nothing that can run defines it yet), a constant, or VARIES. */
        private Object value(Value v) {
            return values.get(v);
        }

        private Object phi(Phi p) {
            Object out = null;
            for (Phi.Input in : p.inputs()) {
                if (!edges.getOrDefault(in.from(), Set.of()).contains(p.block())) continue;
                Object x = value(in.value());
                if (x == null) continue;
                out = out == null ? x : meet(out, x);
            }
            return out;
        }

        private Object evaluate(Instruction i) {
            List<Object> args = new ArrayList<>(i.operands().size());
            for (Value v : i.operands()) args.add(value(v));
            if (i instanceof Insn.Const c) return c.value() == null ? NULL : c.value() instanceof JType ? VARIES : c.value();
            if (i instanceof Insn.GetStatic g) return constantOrVaries(ctx.staticConstants().value(g.field()));
            if (i instanceof Insn.ArrayLength l) return constantOrVaries(lengthOf(l.operand(0)));
            boolean pure = i instanceof Insn.Binary || i instanceof Insn.Negate || i instanceof Insn.Convert || i instanceof Insn.InstanceOf;
            if (!pure) return VARIES;
            if (args.contains(null)) return null; // an operand is still the top
            if (i instanceof Insn.InstanceOf) return args.get(0) == NULL ? (Object) 0 : VARIES;
            if (args.contains(VARIES)) return VARIES;
            if (i instanceof Insn.Binary b) return constantOrVaries(ConstantFolding.binary(b.op(), b.type(), args.get(0), args.get(1)));
            if (i instanceof Insn.Negate n) return constantOrVaries(ConstantFolding.negate(n.type(), args.get(0)));
            Insn.Convert c = (Insn.Convert) i;
            return constantOrVaries(ConstantFolding.convert(c.from(), c.to(), args.get(0)));
        }

        private static Object constantOrVaries(Object x) {
            return x == null ? VARIES : x;
        }

        /** The length of an array this function makes with a constant length, or null. */
        private Integer lengthOf(Value array) {
            if (array.definition() instanceof Insn.NewArrayOf a) return a.operands().size();
            if (array.definition() instanceof Insn.NewArray a && value(a.operand(0)) instanceof Integer n && n >= 0) return n;
            return null;
        }

        /** Marks the edges a terminator can take; true if one was new. */
        private boolean follow(Block b, Insn.Terminator t) {
            Block only = null;
            if (t instanceof Insn.If test) only = decide(test);
            else if (t instanceof Insn.Switch s && value(s.operand(0)) instanceof Integer k) only = s.targetOf(k);
            if (only != null) return edge(b, only);
            boolean changed = false;
            for (Block s : t.successors()) changed |= edge(b, s);
            return changed;
        }

        private boolean edge(Block from, Block to) {
            boolean added = edges.computeIfAbsent(from, k -> new HashSet<>()).add(to);
            reached.add(to);
            return added;
        }

        /** The one side of {@code test} that can run, or null if both can (or it is not decided). */
        private Block decide(Insn.If test) {
            Boolean taken = outcome(test);
            if (taken == null) return null;
            return taken ? test.ifTrue() : test.ifFalse();
        }

        private Boolean outcome(Insn.If test) {
            Value a = test.operand(0);
            Object x = value(a);
            if (test.comparesWithZero()) {
                if (x instanceof Integer n) return ConstantFolding.compare(test.cond(), n, 0);
                if (!a.type().isReference() || x == null || x == VARIES) return null;
                // A reference compared with null: the constant null, or a string constant.
                return x == NULL ? test.cond() == CondOp.EQ : test.cond() == CondOp.NE;
            }
            Value b = test.operand(1);
            Object y = value(b);
            if (a == b) {
                return switch (test.cond()) {
                    case EQ, GE, LE -> true;
                    case NE, LT, GT -> false;
                };
            }
            if (x instanceof Integer m && y instanceof Integer n) return ConstantFolding.compare(test.cond(), m, n);
            if (x == NULL && y == NULL) return test.cond() == CondOp.EQ;
            return null;
        }

        /** Rewrites the function from what {@link #solve} found; true if anything changed. */
        boolean rewrite() {
            boolean changed = false;
            Map<Block, Block> oneWay = new HashMap<>();
            for (Block b : fn.blocks()) {
                if (!reached.contains(b)) continue;
                changed |= foldValues(b);
                Insn.Terminator t = b.terminator();
                if ((t instanceof Insn.If || t instanceof Insn.Switch) && t.successors().size() > 1) {
                    Set<Block> taken = edges.getOrDefault(b, Set.of());
                    List<Block> normal = t.successors().stream().filter(taken::contains).toList();
                    if (normal.size() == 1) oneWay.put(b, normal.get(0));
                }
            }
            Set<Block> live = new HashSet<>();
            for (Block b : fn.blocks()) if (reached.contains(b)) live.add(b);
            if (live.size() < fn.blocks().size() || !oneWay.isEmpty()) {
                fn.keepOnly(live, oneWay);
                changed = true;
            }
            return changed;
        }

        /** Replaces the phis and instructions of {@code b} found to be constants by {@code const}s. */
        private boolean foldValues(Block b) {
            List<Instruction> heads = new ArrayList<>();
            for (Phi p : new ArrayList<>(b.phis())) {
                Object x = value(p.result());
                if (!isConstant(x)) continue;
                b.removePhi(p);
                heads.add(new Insn.Const(p.result(), x == NULL ? null : x));
            }
            boolean folded = !heads.isEmpty();
            List<Instruction> out = new ArrayList<>();
            List<Instruction> rest = b.instructions();
            // A handler's block starts with its caught; the phis' constants follow it.
            if (!rest.isEmpty() && rest.get(0) instanceof Insn.Caught) {
                out.add(rest.get(0));
                rest = rest.subList(1, rest.size());
            }
            out.addAll(heads);
            for (Instruction i : rest) {
                Object x = i.result() == null || i instanceof Insn.Const ? null : value(i.result());
                if (isConstant(x)) {
                    out.add(new Insn.Const(i.result(), x == NULL ? null : x).at(i.pos()));
                    folded = true;
                } else {
                    out.add(i);
                }
            }
            if (folded) b.replaceInstructions(out);
            return folded;
        }

        private static boolean isConstant(Object x) {
            return x != null && x != VARIES;
        }
    }
}
