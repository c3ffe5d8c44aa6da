package dev.kiln.backend.emit;

import dev.kiln.ir.Block;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.Value;
import dev.kiln.wasm.model.ValType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Chooses the values that never touch a local: defined in a block and used exactly once, by a later
 * instruction of the same block that pushes it as part of its leading operands (see
 * {@link InstructionSelector#leading}). Such a value stays on the Wasm operand stack from its definition to
 * its use, which is sound because nothing is reordered: other instructions may run in between as long as
 * the stack discipline works out.
 *
 * <p>The plan simulates each block's operand stack. An instruction consumes from the top of the pending
 * stack a prefix of its leading operands, all but the last of which must already have the expected type
 * (only the top of the stack can be cast). When the pending stack does not end with exactly the values an
 * instruction wants, those values are demoted to locals and the block is planned again; demotion only
 * shrinks the candidate set, so this terminates. Values still pending at the end of the block are
 * demoted likewise.
 */
final class StackPlan {
    private final Set<Value> stacked = new HashSet<>();
    private final Function<Value, Instruction> consumer;
    private final Function<Instruction, List<InstructionSelector.Lead>> leading;
    private final Function<Value, ValType> typeOf;
    private final Predicate<Instruction> valueless;

    /**
     * @param consumer the instruction whose code pushes a value used exactly once (null if the value has other
     *                 uses or a phi uses it)
     * @param valueless instructions whose code leaves no result: the consumer of their result computes it
     */
    StackPlan(ControlFlow cfg, Function<Value, Instruction> consumer, Function<Instruction, List<InstructionSelector.Lead>> leading,
              Function<Value, ValType> typeOf, Predicate<Instruction> valueless) {
        this.consumer = consumer;
        this.valueless = valueless;
        this.leading = leading;
        this.typeOf = typeOf;
        for (Block b : cfg.blocks()) plan(b);
    }

    boolean isStacked(Value v) {
        return stacked.contains(v);
    }

    /** True if the instruction runs inside a try_table: it can throw a Java exception and its block has handlers. */
    static boolean isGuarded(Instruction i) {
        return throwsJavaException(i) && !i.block().handlers().isEmpty();
    }

    /**
     * True if the instruction can throw a Java exception (the Wasm exception tag): calls and class
     * initialisation run code that may {@code throw}, and the checks, casts and array allocations throw the
     * JVM's implicit exceptions. That is every instruction that {@linkplain Instruction#mayThrow may throw}
     * but {@code throw}, which the structurer sends to the handlers itself.
     */
    static boolean throwsJavaException(Instruction i) {
        return i.mayThrow() && !(i instanceof Insn.Throw);
    }

    /**
     * Plans one block. A demotion changes nothing before the demoted value's definition, so planning resumes there,
     * from the pending stack recorded at that instruction, instead of from the top of the block.
     */
    private void plan(Block b) {
        List<Instruction> insns = b.instructions();
        int n = insns.size();
        Map<Value, Integer> defined = new HashMap<>();
        for (int k = 0; k < n; k++) if (insns.get(k).result() != null) defined.put(insns.get(k).result(), k);
        List<List<Value>> pendingAt = new ArrayList<>(n);
        int[] consumedAt = new int[n];
        Set<Value> demoted = new HashSet<>();
        List<Value> consumed = new ArrayList<>();
        int start = 0;
        while (true) {
            List<Value> pending = start == 0 ? new ArrayList<>() : new ArrayList<>(pendingAt.get(start));
            if (start < n) consumed.subList(consumedAt[start], consumed.size()).clear();
            while (pendingAt.size() > start) pendingAt.remove(pendingAt.size() - 1);
            int restart = -1;
            for (int idx = start; idx < n; idx++) {
                Instruction insn = insns.get(idx);
                pendingAt.add(List.copyOf(pending));
                consumedAt[idx] = consumed.size();
                List<InstructionSelector.Lead> lead = isGuarded(insn) ? List.of() : leading.apply(insn);
                List<Value> wanted = new ArrayList<>();
                for (InstructionSelector.Lead l : lead) {
                    Value o = l.value();
                    if (!isCandidate(o, b, demoted) || consumer.apply(o) != insn) break;
                    wanted.add(o);
                    if (l.type() != null && !Subtyping.isSubtype(typeOf.apply(o), l.type())) break;
                }
                int m = wanted.size();
                if (pending.size() < m || !pending.subList(pending.size() - m, pending.size()).equals(wanted)) {
                    demoted.addAll(wanted);
                    restart = firstDefinition(wanted, defined);
                    break;
                }
                pending.subList(pending.size() - m, pending.size()).clear();
                consumed.addAll(wanted);
                Value r = insn.result();
                if (r != null && !isGuarded(insn) && isCandidate(r, b, demoted)) pending.add(r);
            }
            if (restart < 0) {
                if (pending.isEmpty()) {
                    stacked.addAll(consumed);
                    return;
                }
                demoted.addAll(pending);
                restart = firstDefinition(pending, defined);
            }
            start = restart;
        }
    }

    private static int firstDefinition(List<Value> values, Map<Value, Integer> defined) {
        int first = Integer.MAX_VALUE;
        for (Value v : values) first = Math.min(first, defined.get(v));
        return first;
    }

    private boolean isCandidate(Value v, Block b, Set<Value> demoted) {
        if (demoted.contains(v) || !(v.definition() instanceof Instruction def) || def.block() != b) return false;
        if (def instanceof Insn.Const || def instanceof Insn.Caught || isGuarded(def) || valueless.test(def)) return false;
        Instruction user = consumer.apply(v);
        return user != null && user.block() == b;
    }
}
