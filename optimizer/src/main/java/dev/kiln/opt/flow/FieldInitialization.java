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
import dev.kiln.ir.analysis.DominatorTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reference fields whose initial null no read may see: a static field its class's initializer stores on every path
 * to its end, an instance field every constructor of its class stores on every path to its end. Such a field holds
 * null only in a window, from the start of the class's initialisation (or the object's allocation) to that store;
 * a read sees the null only if it runs in the window. This class finds the windows (the instructions of the
 * initializer or constructor that may run before the store); {@link TypeFlowAnalysis} assumes the fields never
 * start null and then checks, with the calls it found, that no code a window may run reads the field, else it gives
 * the field its null back and propagates again.
 *
 * <p>Java code reads such fields all the time: {@code System.out}, a collection's backing array or map, a stream's
 * source, a formatter's appendable. Without this, the null a field holds before its first store made every read of
 * one a possible {@code NullPointerException}, with its failure path and everything the exception needs.
 *
 * <p>What the window of a constructor must also keep in: the object. If a constructor lets {@code this} escape
 * (stores it, passes it to a method) and then throws before the store, code holding it could read the field's null
 * after the window. So an instance field counts only if, before the store, {@code this} is used only to read and
 * write its own fields and as the receiver of a constructor call of its class or superclass that itself lets
 * {@code this} escape nowhere. A static field needs no such rule: a class whose initializer threw is erroneous, and
 * every later use of it throws {@code NoClassDefFoundError} instead of reading its fields.
 */
final class FieldInitialization {
    /**
     * An initializer or constructor that stores the field, and the instructions of it that may run before the store
     * ({@code null} if some path to its end does not store the field, or they read it, or a constructor lets {@code
     * this} escape before the store).
     */
    record Window(IrMethod method, Set<Instruction> before) {
        boolean stores() {
            return before != null;
        }
    }

    private final Map<FieldRef, List<Window>> windows = new LinkedHashMap<>();
    private final Map<FieldRef, Integer> index = new HashMap<>();
    private final Map<IrMethod, List<FieldRef>> unstored = new HashMap<>();
    private final Map<IrMethod, Boolean> constructorKeepsThis = new HashMap<>();
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

    private void findStatic(IrClass c) {
        IrMethod clinit = c.staticInitializer();
        if (clinit == null || clinit.body() == null) return;
        Function body = clinit.body();
        DominatorTree dom = DominatorTree.compute(body);
        List<Block> ends = returns(body, dom);
        if (ends.isEmpty()) return; // an initializer that always throws: the class is never usable
        for (Block b : dom.reversePostorder()) {
            for (Instruction i : b.instructions()) {
                if (!(i instanceof Insn.PutStatic put) || !put.field().owner().equals(c.name())) continue;
                FieldRef f = put.field();
                if (!f.type().isReference() || windows.containsKey(f)) continue;
                IrField declared = c.field(f.name());
                if (declared == null || !declared.isStatic() || declared.constantValue() != null) continue;
                if (!dominatesAll(dom, b, ends)) continue;
                Set<Instruction> before = before(body, dom, put);
                windows.put(f, List.of(new Window(clinit, readsIn(before, f) ? null : before)));
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
            Map<FieldRef, Window> stored = constructorWindows(c, ctor);
            for (FieldRef f : fields) found.get(f).add(stored.getOrDefault(f, new Window(ctor, null)));
        }
        for (FieldRef f : fields) windows.put(f, List.copyOf(found.get(f)));
    }

    /**
     * Per field of {@code c}, where {@code ctor} stores it into {@code this} on every path to its end, or calls a
     * constructor of {@code c} that does ({@code this(...)}, which then stores every field).
     */
    private Map<FieldRef, Window> constructorWindows(IrClass c, IrMethod ctor) {
        Map<FieldRef, Window> out = new HashMap<>();
        Function body = ctor.body();
        if (body == null) return out;
        Value self = body.params().get(0);
        DominatorTree dom = DominatorTree.compute(body);
        List<Block> ends = returns(body, dom);
        Map<FieldRef, Instruction> stores = new LinkedHashMap<>();
        Instruction delegation = null;
        for (Block b : dom.reversePostorder()) {
            if (!dominatesAll(dom, b, ends)) continue;
            for (Instruction i : b.instructions()) {
                if (i instanceof Insn.PutField put && put.field().owner().equals(c.name()) && put.operand(0) == self) {
                    stores.putIfAbsent(put.field(), put);
                } else if (delegation == null && i instanceof Insn.Invoke call && call.kind() == InvokeKind.SPECIAL
                        && call.method().name().equals("<init>") && call.method().owner().equals(c.name())
                        && !call.operands().isEmpty() && call.operand(0) == self) {
                    delegation = call;
                }
            }
        }
        if (delegation != null) {
            Set<Instruction> before = before(body, dom, delegation);
            boolean keeps = keepsThis(c, self, before);
            for (IrField field : c.fields()) {
                if (field.isStatic() || !field.type().isReference()) continue;
                FieldRef f = new FieldRef(c.name(), field.name(), field.type());
                out.put(f, new Window(ctor, keeps && !readsIn(before, f) ? before : null));
            }
            return out;
        }
        for (Map.Entry<FieldRef, Instruction> e : stores.entrySet()) {
            Set<Instruction> before = before(body, dom, e.getValue());
            boolean stored = keepsThis(c, self, before) && !readsIn(before, e.getKey());
            out.put(e.getKey(), new Window(ctor, stored ? before : null));
        }
        return out;
    }

    /** True if the instructions use {@code self} only on its own fields and as the receiver of a constructor that keeps it in. */
    private boolean keepsThis(IrClass c, Value self, Set<Instruction> instructions) {
        for (Instruction i : instructions) {
            for (int k = 0; k < i.operands().size(); k++) {
                if (i.operand(k) != self) continue;
                boolean ok = k == 0 && (i instanceof Insn.GetField || i instanceof Insn.PutField && i.operand(1) != self
                        || i instanceof Insn.NullCheck
                        || i instanceof Insn.Invoke call && call.kind() == InvokeKind.SPECIAL && call.method().name().equals("<init>")
                        && (call.method().owner().equals(c.name()) || call.method().owner().equals(c.superName()))
                        && lastUse(call, self) && keepsThis(call));
                if (!ok) return false;
            }
        }
        for (Instruction i : instructions) {
            for (Phi p : i.block().phis()) {
                for (Phi.Input in : p.inputs()) if (in.value() == self) return false;
            }
        }
        return true;
    }

    private static boolean lastUse(Insn.Invoke call, Value self) {
        for (int k = 1; k < call.operands().size(); k++) if (call.operand(k) == self) return false;
        return true;
    }

    /** True if the constructor a call runs lets its {@code this} escape nowhere, anywhere in its body. */
    private boolean keepsThis(Insn.Invoke call) {
        IrClass owner = program.clazz(call.method().owner());
        IrMethod ctor = owner == null ? null : owner.method(call.method().name(), call.method().sig());
        return ctor != null && constructorKeepsThis(owner, ctor);
    }

    private boolean constructorKeepsThis(IrClass c, IrMethod ctor) {
        Boolean known = constructorKeepsThis.get(ctor);
        if (known != null) return known;
        constructorKeepsThis.put(ctor, false); // a cycle of constructors: taken to escape
        boolean keeps;
        if (ctor.body() == null) {
            keeps = false;
        } else {
            Set<Instruction> all = new HashSet<>();
            for (Block b : ctor.body().blocks()) all.addAll(b.instructions());
            keeps = keepsThis(c, ctor.body().params().get(0), all);
        }
        constructorKeepsThis.put(ctor, keeps);
        return keeps;
    }

    private static boolean readsIn(Set<Instruction> instructions, FieldRef f) {
        for (Instruction i : instructions) {
            if (i instanceof Insn.GetStatic g && g.field().equals(f) || i instanceof Insn.GetField g2 && g2.field().equals(f)) return true;
        }
        return false;
    }

    private static List<Block> returns(Function body, DominatorTree dom) {
        List<Block> out = new ArrayList<>();
        for (Block b : dom.reversePostorder()) if (b.terminator() instanceof Insn.Return) out.add(b);
        return out;
    }

    private static boolean dominatesAll(DominatorTree dom, Block b, List<Block> ends) {
        for (Block e : ends) if (!dom.dominates(b, e)) return false;
        return true;
    }

    /**
     * The instructions of {@code body} that may run before {@code store}: all of them but those after it in its block
     * and, if its block has no handlers (no exception leaves it before the store into another block), those of the
     * blocks it strictly dominates, which control enters only through the store.
     */
    private static Set<Instruction> before(Function body, DominatorTree dom, Instruction store) {
        Block home = store.block();
        Set<Instruction> out = new HashSet<>();
        for (Block b : dom.reversePostorder()) {
            if (b == home) {
                for (Instruction i : b.instructions()) {
                    if (i == store) break;
                    out.add(i);
                }
            } else if (!home.handlers().isEmpty() || !dom.strictlyDominates(home, b)) {
                out.addAll(b.instructions());
            }
        }
        return out;
    }
}
