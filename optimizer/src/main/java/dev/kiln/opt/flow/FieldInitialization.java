package dev.kiln.opt.flow;

import dev.kiln.ir.Block;
import dev.kiln.ir.FieldRef;
import dev.kiln.ir.Function;
import dev.kiln.ir.Insn;
import dev.kiln.ir.InvokeKind;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrField;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.IrProgram;
import dev.kiln.ir.Phi;
import dev.kiln.ir.Value;
import dev.kiln.ir.analysis.ReversePostorder;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reference fields whose initial null no read may see: a static field its class's initializer stores on every path
 * to its end, an instance field every constructor of its class stores on every path to its end. Such a field holds
 * null only in a window, from the start of the class's initialisation (or the object's allocation) to that store;
 * a read sees the null only if it runs in the window. This class finds each window: the instructions of the
 * initializer or constructor that may run while the field may still be unstored (a must-store dataflow over the
 * blocks, so a store on each side of a branch counts as well as one before it).
 *
 * <p>An instance field counts only if, in each window, {@code this} is used only to read and write its own fields and
 * as the receiver of a constructor call of its class or superclass that itself uses {@code this} no other way, and
 * the window reads no such field. Then only the window's own code can reach the object while the field is unstored:
 * every other read of the field, wherever it runs, reads an object whose constructor got past the store (one whose
 * constructor threw before it is unreachable). So such a field is decided by its windows alone, as soon as the type
 * flow reaches its constructors.
 *
 * <p>A static field is reachable from anywhere, so its window must not run anything that reads it: {@link
 * TypeFlowAnalysis} assumes the candidates never start null and checks that, with the calls it found, once its graph
 * is complete. A class whose initializer threw is erroneous, and every later use of it throws {@code
 * NoClassDefFoundError} instead of reading its fields, so a window that throws leaves nothing behind.
 *
 * <p>Java code reads such fields all the time: {@code System.out}, a collection's backing array or map, a stream's
 * source, a formatter's appendable. Without this, the null a field holds before its first store made every read of
 * one a possible {@code NullPointerException}, with its failure path and everything the exception needs.
 */
final class FieldInitialization {
    /**
     * An initializer or constructor that stores the field on every path to its end, and the instructions of it that
     * may run before the store (bits of {@link #instructions}); {@code before} is null if some path to its end does not
     * store the field, or the window reads it, or a constructor lets {@code this} escape in it.
     */
    record Window(IrMethod method, BitSet before) {
        boolean stores() {
            return before != null;
        }
    }

    private final Map<FieldRef, List<Window>> windows = new LinkedHashMap<>();
    private final Map<FieldRef, Integer> index = new HashMap<>();
    private final Map<IrMethod, List<FieldRef>> unstored = new HashMap<>();
    private final Map<IrMethod, Boolean> constructorKeepsThis = new HashMap<>();
    private final Map<IrMethod, List<Instruction>> numbered = new IdentityHashMap<>();
    private final IrProgram program;

    private FieldInitialization(IrProgram program) {
        this.program = program;
    }

    /** The reference fields of the program's classes that are stored before any of their windows' ends. */
    static FieldInitialization find(IrProgram program) {
        FieldInitialization out = new FieldInitialization(program);
        for (IrClass c : program.classes()) {
            out.findStatic(c);
            out.findInstance(c);
        }
        for (Map.Entry<FieldRef, List<Window>> e : out.windows.entrySet()) {
            out.index.put(e.getKey(), out.index.size());
            for (Window w : e.getValue()) {
                if (!w.stores()) out.unstored.computeIfAbsent(w.method(), k -> new ArrayList<>()).add(e.getKey());
            }
        }
        return out;
    }

    /** The candidate's number (from 0, in a fixed order), or -1 for a field that is not one. */
    int index(FieldRef field) {
        Integer k = index.get(field);
        return k == null ? -1 : k;
    }

    /** The candidates, in the order of their numbers. */
    List<FieldRef> candidates() {
        return List.copyOf(windows.keySet());
    }

    /** The windows of a candidate: one for a static field, one per constructor for an instance field. */
    List<Window> windows(FieldRef field) {
        return windows.get(field);
    }

    /** The candidates a constructor does not store on every path (or reads, or lets {@code this} escape before storing). */
    List<FieldRef> unstoredBy(IrMethod constructor) {
        return unstored.getOrDefault(constructor, List.of());
    }

    /** True if {@code f} is a static field of the program. */
    boolean isStatic(FieldRef f) {
        IrClass owner = program.clazz(f.owner());
        IrField declared = owner == null ? null : owner.field(f.name());
        return declared != null && declared.isStatic();
    }

    /** The instructions of a method with a window, in the numbering of {@link Window#before}. */
    List<Instruction> instructions(IrMethod m) {
        return numbered.get(m);
    }

    private void findStatic(IrClass c) {
        IrMethod clinit = c.staticInitializer();
        if (clinit == null || clinit.body() == null) return;
        Blocks blocks = new Blocks(clinit);
        if (!blocks.returns) return; // an initializer that always throws: the class is never usable
        for (Block b : blocks.order) {
            for (Instruction i : b.instructions()) {
                if (!(i instanceof Insn.PutStatic put) || !put.field().owner().equals(c.name())) continue;
                FieldRef f = put.field();
                if (!f.type().isReference() || windows.containsKey(f)) continue;
                IrField declared = c.field(f.name());
                if (declared == null || !declared.isStatic() || declared.constantValue() != null) continue;
                BitSet before = blocks.before(s -> s instanceof Insn.PutStatic p && p.field().equals(f));
                windows.put(f, List.of(new Window(clinit, before == null || blocks.reads(before, f, null) ? null : before)));
            }
        }
    }

    private void findInstance(IrClass c) {
        List<FieldRef> fields = new ArrayList<>();
        for (IrField field : c.fields()) {
            if (!field.isStatic() && field.type().isReference()) fields.add(new FieldRef(c.name(), field.name(), field.type()));
        }
        if (fields.isEmpty()) return;
        Map<FieldRef, List<Window>> found = new LinkedHashMap<>();
        for (FieldRef f : fields) found.put(f, new ArrayList<>());
        for (IrMethod ctor : c.methods()) {
            if (!ctor.isConstructor()) continue;
            Blocks blocks = ctor.body() == null ? null : new Blocks(ctor);
            for (FieldRef f : fields) found.get(f).add(new Window(ctor, blocks == null ? null : constructorWindow(c, blocks, f)));
        }
        for (FieldRef f : fields) windows.put(f, List.copyOf(found.get(f)));
    }

    /**
     * The window of {@code f} in a constructor of {@code c}: where it may be unstored, before a store into {@code
     * this} or a call of another constructor of {@code c} ({@code this(...)}, which stores every field).
     */
    private BitSet constructorWindow(IrClass c, Blocks blocks, FieldRef f) {
        Value self = blocks.method.body().params().get(0);
        BitSet before = blocks.before(i -> i instanceof Insn.PutField put && put.field().equals(f) && put.operand(0) == self
                || i instanceof Insn.Invoke call && call.kind() == InvokeKind.SPECIAL && call.method().name().equals("<init>")
                && call.method().owner().equals(c.name()) && !call.operands().isEmpty() && call.operand(0) == self);
        if (before == null || blocks.reads(before, f, self) || !keepsThis(c, self, blocks, before)) return null;
        return before;
    }

    /** True if the window uses {@code self} only on its own fields and as the receiver of a constructor that keeps it in. */
    private boolean keepsThis(IrClass c, Value self, Blocks blocks, BitSet window) {
        for (int k = window.nextSetBit(0); k >= 0; k = window.nextSetBit(k + 1)) {
            Instruction i = blocks.instructions.get(k);
            for (int o = 0; o < i.operands().size(); o++) {
                if (i.operand(o) != self) continue;
                boolean ok = o == 0 && (i instanceof Insn.GetField || i instanceof Insn.PutField && i.operand(1) != self
                        || i instanceof Insn.NullCheck
                        || i instanceof Insn.Invoke call && call.kind() == InvokeKind.SPECIAL && call.method().name().equals("<init>")
                        && (call.method().owner().equals(c.name()) || call.method().owner().equals(c.superName()))
                        && onlyReceiver(call, self) && keepsThis(call));
                if (!ok) return false;
            }
        }
        for (Block b : blocks.order) {
            for (Phi p : b.phis()) {
                for (Phi.Input in : p.inputs()) if (in.value() == self) return false;
            }
        }
        return true;
    }

    private static boolean onlyReceiver(Insn.Invoke call, Value self) {
        for (int k = 1; k < call.operands().size(); k++) if (call.operand(k) == self) return false;
        return true;
    }

    /** True if the constructor a call runs uses its {@code this} only as {@link #keepsThis} allows, anywhere in its body. */
    private boolean keepsThis(Insn.Invoke call) {
        IrClass owner = program.clazz(call.method().owner());
        IrMethod ctor = owner == null ? null : owner.method(call.method().name(), call.method().sig());
        if (ctor == null) return false;
        Boolean known = constructorKeepsThis.get(ctor);
        if (known != null) return known;
        constructorKeepsThis.put(ctor, false); // a cycle of constructors: taken to escape
        boolean keeps = false;
        if (ctor.body() != null) {
            Blocks blocks = new Blocks(ctor);
            BitSet all = new BitSet();
            all.set(0, blocks.instructions.size());
            keeps = keepsThis(owner, ctor.body().params().get(0), blocks, all);
        }
        constructorKeepsThis.put(ctor, keeps);
        return keeps;
    }

    /** The reachable blocks of a method, its instructions numbered, and the must-store dataflow over them. */
    private final class Blocks {
        final IrMethod method;
        final List<Block> order;
        final List<Instruction> instructions = new ArrayList<>();
        final Map<Block, Integer> firstInstruction = new IdentityHashMap<>();
        final Map<Block, List<Block>> predecessors = new IdentityHashMap<>();
        /** Handler blocks, and the blocks whose exceptions they catch. */
        final Map<Block, List<Block>> guarded = new IdentityHashMap<>();
        final boolean returns;

        Blocks(IrMethod method) {
            this.method = method;
            this.order = ReversePostorder.of(method.body());
            boolean anyReturn = false;
            for (Block b : order) {
                firstInstruction.put(b, instructions.size());
                instructions.addAll(b.instructions());
                anyReturn |= b.terminator() instanceof Insn.Return;
                for (Block s : b.successors()) predecessors.computeIfAbsent(s, k -> new ArrayList<>()).add(b);
                for (Block h : b.exceptionSuccessors()) guarded.computeIfAbsent(h, k -> new ArrayList<>()).add(b);
            }
            this.returns = anyReturn;
            numbered.putIfAbsent(method, instructions);
        }

        /**
         * The instructions that may run while no {@code store} has run yet on the way to them, or null if a return
         * may be reached that way. A block's handler starts in the state its guarded blocks start in (an exception
         * may come before the block's store).
         */
        BitSet before(Predicate<Instruction> store) {
            Map<Block, Boolean> in = new IdentityHashMap<>();
            Map<Block, Boolean> out = new IdentityHashMap<>();
            // A must-store analysis: every block starts out stored (no entry yet in the maps) and loses it as paths
            // without a store are found.
            boolean changed = true;
            while (changed) {
                changed = false;
                for (Block b : order) {
                    boolean stored = b != order.get(0);
                    for (Block p : predecessors.getOrDefault(b, List.of())) stored &= out.get(p) == null || out.get(p);
                    for (Block g : guarded.getOrDefault(b, List.of())) stored &= in.get(g) == null || in.get(g);
                    Boolean old = in.get(b);
                    if (old == null || old != stored) {
                        in.put(b, stored);
                        changed = true;
                    }
                    boolean after = stored || storesIn(b, store);
                    if (out.get(b) == null || out.get(b) != after) {
                        out.put(b, after);
                        changed = true;
                    }
                }
            }
            BitSet window = new BitSet();
            for (Block b : order) {
                boolean stored = in.get(b);
                int k = firstInstruction.get(b);
                for (Instruction i : b.instructions()) {
                    if (!stored) window.set(k);
                    if (store.test(i)) stored = true;
                    k++;
                }
                if (!stored && b.terminator() instanceof Insn.Return) return null;
            }
            return window;
        }

        private boolean storesIn(Block b, Predicate<Instruction> store) {
            for (Instruction i : b.instructions()) if (store.test(i)) return true;
            return false;
        }

        /**
         * True if an instruction of the window reads {@code f}: the static field, or the instance field of {@code self}
         * (the field of another object is read from an object whose constructor got past its store).
         */
        boolean reads(BitSet window, FieldRef f, Value self) {
            for (int k = window.nextSetBit(0); k >= 0; k = window.nextSetBit(k + 1)) {
                Instruction i = instructions.get(k);
                if (i instanceof Insn.GetStatic g && g.field().equals(f)
                        || i instanceof Insn.GetField g2 && g2.field().equals(f) && g2.operand(0) == self) {
                    return true;
                }
            }
            return false;
        }
    }
}
