package dev.kiln.backend.emit;

import dev.kiln.ir.Block;
import dev.kiln.ir.Insn;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.NumType;
import dev.kiln.wasm.model.Op;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A {@code switch} terminator. Targets that a bare {@code br} reaches (no phi copies, and a label already
 * encloses the switch) are branched to directly; every other target gets a case {@code block} around the
 * dispatch, after whose end come the edge's copies and the target's code. Dense keys dispatch with one
 * {@code br_table} (the value minus the smallest key; anything out of range wraps to a large unsigned
 * index and takes the default); sparse keys with a chain of compare-and-{@code br_if}.
 */
final class SwitchEmitter {
    /** A table is used when it has at most this many entries per key (and a little slack for tiny switches). */
    private static final long MAX_ENTRIES_PER_KEY = 3;
    private static final long MIN_TABLE = 8;
    private static final long MAX_TABLE = 1 << 14;

    private final FunctionContext cx;
    private final ControlFlow cfg;
    private final Structurer structurer;

    SwitchEmitter(FunctionContext cx, ControlFlow cfg, Structurer structurer) {
        this.cx = cx;
        this.cfg = cfg;
        this.structurer = structurer;
    }

    void emit(Block x, Insn.Switch s) {
        List<Block> cases = new ArrayList<>();
        for (Block d : s.successors()) if (!structurer.isDirect(x, d)) cases.add(d);
        cases.sort(Comparator.comparingInt(cfg::rpoIndex));
        for (int k = cases.size() - 1; k >= 0; k--) structurer.openCase(cases.get(k));
        int[] keys = s.keys();
        List<Block> targets = s.targets();
        int defaultDepth = depth(x, s.defaultTarget());
        if (keys.length == 0) {
            cx.emit(Instr.br(defaultDepth));
        } else if (isDense(keys)) {
            int min = keys[0];
            int[] table = new int[keys[keys.length - 1] - min + 1];
            Arrays.fill(table, defaultDepth);
            for (int k = 0; k < keys.length; k++) table[keys[k] - min] = depth(x, targets.get(k));
            cx.push(s.operand(0), NumType.I32);
            if (min != 0) {
                cx.emit(Instr.i32Const(min));
                cx.emit(Instr.simple(Op.I32_SUB));
            }
            cx.emit(Instr.brTable(table, defaultDepth));
        } else {
            for (int k = 0; k < keys.length; k++) {
                cx.push(s.operand(0), NumType.I32);
                cx.emit(Instr.i32Const(keys[k]));
                cx.emit(Instr.simple(Op.I32_EQ));
                cx.emit(Instr.brIf(depth(x, targets.get(k))));
            }
            cx.emit(Instr.br(defaultDepth));
        }
        for (Block target : cases) {
            structurer.closeCase();
            structurer.branch(x, target);
        }
    }

    private int depth(Block x, Block target) {
        return structurer.isDirect(x, target) ? structurer.directDepth(x, target) : structurer.caseDepth(target);
    }

    private static boolean isDense(int[] keys) {
        long range = (long) keys[keys.length - 1] - keys[0] + 1;
        return range <= MAX_TABLE && range <= Math.max(MIN_TABLE, MAX_ENTRIES_PER_KEY * keys.length);
    }
}
