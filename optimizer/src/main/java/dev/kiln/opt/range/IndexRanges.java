package dev.kiln.opt.range;

import dev.kiln.ir.BinaryOp;
import dev.kiln.ir.Block;
import dev.kiln.ir.CondOp;
import dev.kiln.ir.FieldRef;
import dev.kiln.ir.Function;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.JType;
import dev.kiln.ir.Phi;
import dev.kiln.ir.Value;
import dev.kiln.ir.analysis.DominatorTree;
import dev.kiln.opt.StableFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proves that an int value lies within bounds at a point of a function: {@code v >= c} or {@code v <= c} for a
 * constant {@code c}, and {@code v <= a.length + c} for an array value {@code a}; what a bounds check needs
 * ({@link #inBounds}). The proofs are demand-driven, in the manner of ABCD (Bodík, Gupta and Sarkar, "ABCD:
 * eliminating array bounds checks on demand", PLDI 2000), on the SSA form itself rather than on an extended one.
 *
 * <p>What a proof may use:
 * <ul>
 * <li>the value's definition: a constant, an array length ({@code >= 0}; {@code <= a.length} for its own array), a
 * constant added or subtracted (with wrap-around ruled out where it matters), {@code &} with a non-negative
 * operand, {@code >>>}, {@code >>} and {@code %} of a non-negative value, {@code Math.min} and {@code max}, and the
 * range of a {@code byte}, {@code char} or {@code short} read from a field, an array, a call or a conversion;</li>
 * <li>the conditions of the branches on the way: {@code if lt vI, vN then b1 else b2} gives {@code vI <= vN - 1} and
 * {@code vN >= vI + 1} in every block the edge into {@code b1} dominates (the edge is the only way into {@code b1}),
 * and the opposite on the other side;</li>
 * <li>the bounds checks already made on the way: after {@code boundscheck vA, vI}, {@code 0 <= vI <= vA.length - 1},
 * in the rest of its block and in the blocks it dominates (unless its block has handlers, since a failing check
 * would then go on to code the block dominates);</li>
 * <li>a phi: every input, each with what holds at the end of the block it comes from. A proof that comes back to
 * a phi it is already proving, for a bound no stronger than the one asked (the value goes down round a loop while
 * an upper bound is proved, or up while a lower one is), takes it as proved: the loop's entry inputs are the
 * base case, the way round the loop the inductive step. A bound relative to an array's length does so only if
 * the array is defined before the loop.</li>
 * </ul>
 *
 * <p>A branch's facts hold wherever its edge dominates: an SSA value never changes, and any way to a dominated block
 * that redefined a value the branch tested would have to pass the branch again. Each proof has a budget of steps and
 * fails when it runs out, so the cost stays linear in the number of questions.
 */
public final class IndexRanges {
    /** Steps one question may take before it gives up (unproved). */
    private static final int BUDGET = 400;
    private static final long INT_MIN = Integer.MIN_VALUE;
    private static final long INT_MAX = Integer.MAX_VALUE;

    /** What a bound is relative to: nothing (an absolute constant), an array's length, or another int value. */
    private record Base(Value array, Value value) {
        static final Base ABSOLUTE = new Base(null, null);
        static Base lengthOf(Value array) { return new Base(array, null); }
        static Base of(Value value) { return new Base(null, value); }
    }

    /** {@code v <= base + c} if {@code upper}, else {@code v >= base + c}. */
    private record Fact(Value v, boolean upper, Base base, long c) {}

    /**
     * A point of the function: before instruction {@code limit} of {@code block} (its size: the block's end), and if
     * {@code edgeTo} is not null, on the way from there along the normal edge to that block, with the branch's facts.
     */
    private record Point(Block block, int limit, Block edgeTo) {}

    /** A phi being proved: its value, the direction and the base of the bound. */
    private record Goal(Value v, boolean upper, Base base) {}

    private final Function fn;
    private final StableFields stable;
    /** In a constructor or static initializer, where a final field's reads may straddle its store. */
    private final boolean initializer;
    /** The fields this function stores (a constructor may have been inlined here): their reads may straddle the store. */
    private final Set<FieldRef> storedHere;
    /** Computed on the first question worth asking ({@link #worthAsking}). */
    private DominatorTree dom;
    private Map<Block, List<Block>> preds;
    /** How often each value is an operand of a branch or the index of a bounds check: where facts about it come from. */
    private Map<Value, Integer> tested;
    private final Map<Block, List<Fact>> entryFacts = new HashMap<>();
    private final Map<Point, Map<Value, List<Fact>>> factsAt = new HashMap<>();
    /** The phis being proved, with the bound asked of each. */
    private final Map<Goal, Long> active = new HashMap<>();
    private int budget;

    public IndexRanges(Function fn, StableFields stable) {
        this.fn = fn;
        this.stable = stable;
        this.initializer = fn.method() != null
                && (fn.method().name().equals("<init>") || fn.method().name().equals("<clinit>"));
        this.storedHere = StableFields.storedIn(fn);
    }

    /**
     * True if {@code 0 <= index < array.length} wherever instruction {@code position} of {@code block} runs, from what
     * holds before it.
     */
    public boolean inBounds(Value array, Value index, Block block, int position) {
        if (!worthAsking(index)) return false;
        if (dom == null) {
            dom = DominatorTree.compute(fn);
            preds = fn.predecessors();
        }
        if (!dom.isReachable(block)) return false;
        Point at = new Point(block, position, null);
        budget = BUDGET;
        if (!atLeast(index, 0, at)) return false;
        budget = BUDGET;
        return atMost(index, Base.lengthOf(array), -1, at);
    }

    /**
     * False if nothing could prove a bound of {@code index} (so no dominator tree is needed): it has no definition the
     * proofs read (a parameter, a call's or a field's int, an array element), no branch tests it and no other bounds
     * check has it as index, so there is no fact about it either.
     */
    private boolean worthAsking(Value index) {
        Object def = index.definition();
        if (def instanceof Insn.Const || def instanceof Phi || def instanceof Insn.Binary || def instanceof Insn.ArrayLength
                || def instanceof Insn.Invoke call && minOrMax(call) != null || declaredRange(index) != null) {
            return true;
        }
        if (tested == null) {
            tested = new HashMap<>();
            for (Block b : fn.blocks()) {
                for (Instruction i : b.instructions()) {
                    if (i instanceof Insn.If) {
                        for (Value v : i.operands()) tested.merge(v, 1, Integer::sum);
                    } else if (i instanceof Insn.BoundsCheck) {
                        tested.merge(i.operand(1), 1, Integer::sum);
                    }
                }
            }
        }
        // Its own check counts once.
        return tested.getOrDefault(index, 0) > 1;
    }

    // ---- upper bounds: v <= base + c, base absolute or an array's length ----

    private boolean atMost(Value v, Base base, long c, Point at) {
        if (--budget < 0) return false;
        long[] range = declaredRange(v);
        if (range != null && range[1] <= c + minLength(base, at)) return true;
        // Only a phi's proof assumes anything (its bound, on the way round its loop). Any other question asked again on
        // the way to itself (through facts such as v == w) is simply asked again, until the budget runs out.
        Goal goal = new Goal(v, true, base);
        Object def = v.definition();
        if (def instanceof Phi phi) {
            Long asked = active.get(goal);
            if (asked != null) return c >= asked && invariantFor(base, phi.block());
        }
        // The facts first: a branch's bound is usually the short proof, a loop's phis the long one.
        return atMostByFacts(v, base, c, at)
                || (def instanceof Phi phi ? atMostByInputs(phi, goal, base, c) : atMostByDefinition(v, def, base, c, at));
    }

    private boolean atMostByInputs(Phi phi, Goal goal, Base base, long c) {
        active.put(goal, c);
        try {
            if (phi.inputs().isEmpty()) return false;
            for (Phi.Input in : phi.inputs()) {
                if (!atMost(in.value(), base, c, whereItLeaves(in.from(), phi.block()))) return false;
            }
            return true;
        } finally {
            active.remove(goal);
        }
    }

    private boolean atMostByDefinition(Value v, Object def, Base base, long c, Point at) {
        if (def instanceof Insn.Const k) {
            return k.value() instanceof Integer n && n <= c + minLength(base, at);
        }
        if (def instanceof Insn.ArrayLength length) {
            Integer known = knownLength(length.operand(0));
            if (known != null && known <= c + minLength(base, at)) return true;
            return base.array() == null ? c >= INT_MAX : c >= 0 && same(length.operand(0), base.array());
        }
        if (def instanceof Insn.Invoke call && minOrMax(call) != null) {
            boolean min = minOrMax(call);
            boolean first = atMost(call.operand(0), base, c, at);
            if (first && !min) return atMost(call.operand(1), base, c, at);
            return first || min && atMost(call.operand(1), base, c, at);
        }
        if (!(def instanceof Insn.Binary b) || !b.type().equals(JType.INT)) return false;
        Value x = b.operand(0);
        Value y = b.operand(1);
        switch (b.op()) {
            case ADD, SUB -> {
                Offset o = Offset.of(b);
                if (o == null) return false;
                Value other = o.value();
                long added = o.added();
                // v = other + added: other <= base + c - added, unless the addition wraps. Adding a positive constant
                // can only wrap to a large negative value, which is below any bound of -1 or more; subtracting one
                // can wrap to a large positive value, so other must be far enough above the minimum.
                if (added > 0 && c < -1 && !atMost(other, Base.ABSOLUTE, INT_MAX - added, at)) return false;
                if (added < 0 && !atLeast(other, INT_MIN - added, at)) return false;
                return atMost(other, base, c - added, at);
            }
            case AND -> {
                // With one operand non-negative, the result is between 0 and that operand.
                return (atMost(x, base, c, at) && atLeast(x, 0, at)) || (atMost(y, base, c, at) && atLeast(y, 0, at));
            }
            case REM -> {
                // x % y with x >= 0 lies in [0, |y| - 1]: below y when y >= 1.
                return atLeast(x, 0, at) && (atMost(x, base, c, at) || atLeast(y, 1, at) && atMost(y, base, c + 1, at));
            }
            case SHR, USHR -> {
                Long k = constant(y);
                if (b.op() == BinaryOp.USHR && k != null && (k & 31) != 0 && (INT_MAX >>> (k & 31)) <= c) return true;
                return atLeast(x, 0, at) && atMost(x, base, c, at);
            }
            default -> {
                return false;
            }
        }
    }

    private boolean atMostByFacts(Value v, Base base, long c, Point at) {
        for (Fact f : factsAbout(v, at)) {
            if (!f.upper()) continue;
            Base b = f.base();
            if (b.value() != null) {
                if (atMost(b.value(), base, c - f.c(), at)) return true;
            } else if (b.array() != null) {
                if (base.array() != null && f.c() <= c && same(b.array(), base.array())) return true;
                if (base.array() == null && INT_MAX + f.c() <= c) return true;
            } else if (f.c() <= c + minLength(base, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The least length the array of {@code base} may have at {@code at}: its known length ({@link #knownLength}), or
     * what a fact there bounds a read of its length by from below ({@code if (args.length > 0)}), else 0.
     */
    private long minLength(Base base, Point at) {
        if (base.array() == null) return 0;
        Integer known = knownLength(base.array());
        long min = known == null ? 0 : known;
        factsAbout(base.array(), at); // fills the index of the facts at this point
        for (Map.Entry<Value, List<Fact>> e : factsAt.get(at).entrySet()) {
            if (!(e.getKey().definition() instanceof Insn.ArrayLength length) || !same(length.operand(0), base.array())) continue;
            for (Fact f : e.getValue()) {
                if (f.upper() || f.base().array() != null) continue;
                if (f.base().value() == null) min = Math.max(min, f.c());
                else if (constant(f.base().value()) != null) min = Math.max(min, constant(f.base().value()) + f.c());
            }
        }
        return min;
    }

    /**
     * The length of an array made here with a constant length, or read from a stable field that only ever holds arrays
     * of one constant length ({@link StableFields#constantLength}); else null.
     */
    private Integer knownLength(Value array) {
        Object def = array.definition();
        if (def instanceof Insn.NewArray n) {
            Long k = constant(n.operand(0));
            return k != null && k >= 0 ? Integer.valueOf(k.intValue()) : null;
        }
        if (def instanceof Insn.NewArrayOf n) return n.operands().size();
        if (def instanceof Insn.GetField g && !initializer && !storedHere.contains(g.field())) return stable.constantLength(g.field());
        if (def instanceof Insn.GetStatic g && !initializer && !storedHere.contains(g.field())) return stable.constantLength(g.field());
        return null;
    }

    // ---- lower bounds: v >= c ----

    private boolean atLeast(Value v, long c, Point at) {
        if (--budget < 0) return false;
        long[] range = declaredRange(v);
        if (range != null && range[0] >= c) return true;
        Goal goal = new Goal(v, false, Base.ABSOLUTE);
        Object def = v.definition();
        if (def instanceof Phi phi) {
            Long asked = active.get(goal);
            if (asked != null) return c <= asked;
        }
        return atLeastByFacts(v, c, at)
                || (def instanceof Phi phi ? atLeastByInputs(phi, goal, c) : atLeastByDefinition(def, c, at));
    }

    private boolean atLeastByInputs(Phi phi, Goal goal, long c) {
        active.put(goal, c);
        try {
            if (phi.inputs().isEmpty()) return false;
            for (Phi.Input in : phi.inputs()) {
                if (!atLeast(in.value(), c, whereItLeaves(in.from(), phi.block()))) return false;
            }
            return true;
        } finally {
            active.remove(goal);
        }
    }

    private boolean atLeastByDefinition(Object def, long c, Point at) {
        if (def instanceof Insn.Const k) {
            return k.value() instanceof Integer n && n >= c;
        }
        if (def instanceof Insn.ArrayLength length) {
            Integer known = knownLength(length.operand(0));
            return c <= (known == null ? 0 : known);
        }
        if (def instanceof Insn.Invoke call && minOrMax(call) != null) {
            boolean min = minOrMax(call);
            boolean first = atLeast(call.operand(0), c, at);
            if (first && min) return atLeast(call.operand(1), c, at);
            return first || !min && atLeast(call.operand(1), c, at);
        }
        if (!(def instanceof Insn.Binary b) || !b.type().equals(JType.INT)) return false;
        Value x = b.operand(0);
        Value y = b.operand(1);
        switch (b.op()) {
            case ADD, SUB -> {
                Offset o = Offset.of(b);
                if (o == null) return false;
                Value other = o.value();
                long added = o.added();
                // v = other + added: other >= c - added, unless the addition wraps. Adding a positive constant can
                // wrap to a negative value, so other must be far enough below the maximum; subtracting one can only
                // wrap to a large positive value, at least INT_MAX + 1 + added.
                if (added > 0 && !atMost(other, Base.ABSOLUTE, INT_MAX - added, at)) return false;
                if (added < 0 && c > INT_MAX + 1 + added) return false;
                return atLeast(other, c - added, at);
            }
            case AND -> {
                return c <= 0 && (atLeast(x, 0, at) || atLeast(y, 0, at));
            }
            case USHR -> {
                Long k = constant(y);
                return c <= 0 && (k != null && (k & 31) != 0 || atLeast(x, 0, at));
            }
            case SHR, REM -> {
                return c <= 0 && atLeast(x, 0, at);
            }
            default -> {
                return false;
            }
        }
    }

    private boolean atLeastByFacts(Value v, long c, Point at) {
        for (Fact f : factsAbout(v, at)) {
            if (f.upper()) continue;
            Base b = f.base();
            if (b.value() != null) {
                if (atLeast(b.value(), c - f.c(), at)) return true;
            } else if (f.c() >= c) {
                // v >= length + c' >= c' since a length is never negative.
                return true;
            }
        }
        return false;
    }

    // ---- what holds where ----

    /**
     * Where control is when it leaves {@code from} for {@code to}: at its end along a normal edge; along an exception
     * edge only what held at its entry counts, since any of its instructions may have thrown, a check among them.
     */
    private static Point whereItLeaves(Block from, Block to) {
        boolean normal = from.successors().contains(to);
        return normal ? new Point(from, from.instructions().size(), to) : new Point(from, 0, null);
    }

    /** What holds at {@code at}: the facts of the dominating edges and checks, and the checks before it in its block. */
    /** The facts about {@code v} that hold at {@code at}, indexed once per point. */
    private List<Fact> factsAbout(Value v, Point at) {
        Map<Value, List<Fact>> byValue = factsAt.get(at);
        if (byValue == null) {
            byValue = new HashMap<>();
            for (Fact f : facts(at)) byValue.computeIfAbsent(f.v(), k -> new ArrayList<>()).add(f);
            factsAt.put(at, byValue);
        }
        return byValue.getOrDefault(v, List.of());
    }

    private List<Fact> facts(Point at) {
        List<Fact> before = entryFacts(at.block());
        List<Fact> local = null;
        List<Instruction> insns = at.block().instructions();
        for (int i = 0; i < at.limit() && i < insns.size(); i++) {
            if (insns.get(i) instanceof Insn.BoundsCheck check) {
                if (local == null) local = new ArrayList<>(before);
                addCheckFacts(check, local);
            }
        }
        if (at.edgeTo() != null) {
            if (local == null) local = new ArrayList<>(before);
            addBranchFacts(at.block(), at.edgeTo(), local);
        }
        return local == null ? before : local;
    }

    /** The facts at the entry of {@code b}: its dominators' in-edges that are the only way in, and their checks. */
    private List<Fact> entryFacts(Block b) {
        List<Fact> known = entryFacts.get(b);
        if (known != null) return known;
        // Dominator chains can be long: fill the cache from the nearest known dominator down, without recursion.
        List<Block> chain = new ArrayList<>();
        for (Block d = b; d != null && !entryFacts.containsKey(d); d = dom.idom(d)) chain.add(d);
        for (int i = chain.size() - 1; i >= 0; i--) entryFacts.put(chain.get(i), computeEntryFacts(chain.get(i)));
        return entryFacts.get(b);
    }

    private List<Fact> computeEntryFacts(Block b) {
        List<Fact> out = new ArrayList<>();
        Block idom = dom.idom(b);
        List<Block> in = preds.get(b);
        boolean onlyNormalEdge = in != null && in.size() == 1 && !in.get(0).exceptionSuccessors().contains(b);
        if (idom != null) {
            out.addAll(entryFacts.get(idom));
            // The whole of the dominator ran before b, and its checks passed: a failed one left the function, or went to
            // a handler, which is not on the way to b if b is entered only from the dominator's end.
            if (idom.handlers().isEmpty() || onlyNormalEdge) {
                for (Instruction i : idom.instructions()) {
                    if (i instanceof Insn.BoundsCheck check) addCheckFacts(check, out);
                }
            }
        }
        if (onlyNormalEdge) addBranchFacts(in.get(0), b, out);
        return out;
    }

    private static void addCheckFacts(Insn.BoundsCheck check, List<Fact> out) {
        Value index = check.operand(1);
        out.add(new Fact(index, false, Base.ABSOLUTE, 0));
        out.add(new Fact(index, true, Base.lengthOf(check.operand(0)), -1));
    }

    /** What the branch at the end of {@code from} tells the block {@code to} it goes to. */
    private static void addBranchFacts(Block from, Block to, List<Fact> out) {
        if (!(from.terminator() instanceof Insn.If test) || test.ifTrue() == test.ifFalse()) return;
        if (!test.operand(0).type().equals(JType.INT)) return;
        CondOp cond = to == test.ifTrue() ? test.cond() : test.cond().negate();
        if (test.comparesWithZero()) {
            relation(test.operand(0), cond, Base.ABSOLUTE, out);
        } else {
            relation(test.operand(0), cond, Base.of(test.operand(1)), out);
            relation(test.operand(1), swapped(cond), Base.of(test.operand(0)), out);
        }
    }

    /** {@code v cond base} as facts. */
    private static void relation(Value v, CondOp cond, Base base, List<Fact> out) {
        switch (cond) {
            case LT -> out.add(new Fact(v, true, base, -1));
            case LE -> out.add(new Fact(v, true, base, 0));
            case GT -> out.add(new Fact(v, false, base, 1));
            case GE -> out.add(new Fact(v, false, base, 0));
            case EQ -> {
                out.add(new Fact(v, true, base, 0));
                out.add(new Fact(v, false, base, 0));
            }
            case NE -> { }
        }
    }

    /** The condition with its operands swapped: {@code a < b} is {@code b > a}. */
    private static CondOp swapped(CondOp cond) {
        return switch (cond) {
            case LT -> CondOp.GT;
            case GT -> CondOp.LT;
            case LE -> CondOp.GE;
            case GE -> CondOp.LE;
            case EQ, NE -> cond;
        };
    }

    /**
     * True if a bound relative to {@code base} means the same on every turn of the loop whose header defines a phi
     * in {@code phiBlock}: an array's length is, if the array was defined before the loop.
     */
    private boolean invariantFor(Base base, Block phiBlock) {
        return base.array() == null || invariant(base.array(), phiBlock, 4);
    }

    /** True if two reads of {@code f} here see one value: it is stable and this function does not store it. */
    private boolean isStable(FieldRef f) {
        return stable.isStable(f) && !storedHere.contains(f);
    }

    /** Defined before the block, or a stable field's value read from an object that is. */
    private boolean invariant(Value v, Block phiBlock, int depth) {
        Block def = definingBlock(v);
        if (def != null && dom.strictlyDominates(def, phiBlock)) return true;
        if (depth == 0 || initializer) return false;
        if (v.definition() instanceof Insn.GetField g) return isStable(g.field()) && invariant(g.operand(0), phiBlock, depth - 1);
        return v.definition() instanceof Insn.GetStatic g && isStable(g.field());
    }

    /**
     * True if {@code a} and {@code b} are the same array: the same value, or the same stable field read from the same
     * object (outside the initializers, where its store may come between the reads).
     */
    private boolean same(Value a, Value b) {
        return same(a, b, 4);
    }

    private boolean same(Value a, Value b, int depth) {
        if (a == b) return true;
        if (depth == 0 || initializer) return false;
        if (a.definition() instanceof Insn.GetField x && b.definition() instanceof Insn.GetField y) {
            return x.field().equals(y.field()) && isStable(x.field()) && same(x.operand(0), y.operand(0), depth - 1);
        }
        return a.definition() instanceof Insn.GetStatic x && b.definition() instanceof Insn.GetStatic y
                && x.field().equals(y.field()) && isStable(x.field());
    }

    /** For a call of {@code Math.min(int, int)} (or StrictMath's) true, of {@code max} false, else null. */
    private static Boolean minOrMax(Insn.Invoke call) {
        String owner = call.method().owner();
        if (!owner.equals("java.lang.Math") && !owner.equals("java.lang.StrictMath")) return null;
        if (!call.method().sig().equals(INT_PAIR)) return null;
        return switch (call.method().name()) {
            case "min" -> Boolean.TRUE;
            case "max" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static final dev.kiln.ir.MethodSig INT_PAIR = dev.kiln.ir.MethodSig.fromDescriptor("(II)I");

    private Block definingBlock(Value v) {
        Object def = v.definition();
        if (def instanceof Instruction i) return i.block();
        if (def instanceof Phi p) return p.block();
        if (def instanceof Function) return fn.entry();
        return null;
    }

    /** {@code value + added}: an int addition or subtraction with a constant operand. */
    private record Offset(Value value, long added) {
        static Offset of(Insn.Binary b) {
            Long k = constant(b.operand(1));
            if (k != null) return new Offset(b.operand(0), b.op() == BinaryOp.ADD ? k : -k);
            k = constant(b.operand(0));
            return k != null && b.op() == BinaryOp.ADD ? new Offset(b.operand(1), k) : null;
        }
    }

    private static Long constant(Value v) {
        return v.definition() instanceof Insn.Const k && k.value() instanceof Integer n ? Long.valueOf(n) : null;
    }

    /**
     * The range of a value read as a {@code boolean}, {@code byte}, {@code char} or {@code short} (from a field, an
     * array, a call or a conversion: the JVM narrows what it stores and returns, and the lifter makes that explicit),
     * or null if it is a full int. Not a parameter's: a caller written in bytecode may pass any int for a char.
     */
    private long[] declaredRange(Value v) {
        if (!v.type().equals(JType.INT)) return null;
        Object def = v.definition();
        JType declared = null;
        if (def instanceof Insn.Convert c) declared = c.to();
        else if (def instanceof Insn.ArrayLoad l) declared = l.componentType();
        else if (def instanceof Insn.GetField g) declared = g.field().type();
        else if (def instanceof Insn.GetStatic g) declared = g.field().type();
        else if (def instanceof Insn.Invoke i) declared = i.method().sig().ret();
        if (declared == null) return null;
        return switch (declared.kind()) {
            case BOOLEAN -> new long[] {0, 1};
            case BYTE -> new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE};
            case CHAR -> new long[] {Character.MIN_VALUE, Character.MAX_VALUE};
            case SHORT -> new long[] {Short.MIN_VALUE, Short.MAX_VALUE};
            default -> null;
        };
    }

}
