package dev.kiln.backend.emit;

import dev.kiln.ir.Block;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.Value;
import dev.kiln.wasm.model.Local;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands the Wasm array a {@code boundscheck} loaded to the access it guards, so the access does not load
 * it again: when the check is followed, in a block without handlers, by the load or store it is for
 * (with only that store's {@code storecheck} between them), the check keeps the array in a local and the
 * access reads it from there. Nothing else runs in between, so the local still holds it.
 */
final class CheckedArrays {
    private final Map<Instruction, Local> loaded = new HashMap<>();

    /** The access {@code check} guards directly, or null if it is not next or the block has handlers. */
    static Instruction guardedAccess(Insn.BoundsCheck check) {
        Block b = check.block();
        if (!b.handlers().isEmpty()) return null;
        List<Instruction> insns = b.instructions();
        int next = insns.indexOf(check) + 1;
        Value array = check.operand(0);
        if (insns.get(next) instanceof Insn.StoreCheck s && s.operand(0) == array) next++;
        Instruction access = insns.get(next);
        boolean sameElement = (access instanceof Insn.ArrayLoad || access instanceof Insn.ArrayStore)
                && access.operand(0) == array && access.operand(1) == check.operand(1);
        return sameElement ? access : null;
    }

    /** Records that the Wasm array of {@code access}'s array is in {@code local}. */
    void keep(Instruction access, Local local) {
        loaded.put(access, local);
    }

    /** The local holding the Wasm array of {@code access}'s array, or null if it must load it itself. */
    Local take(Instruction access) {
        return loaded.remove(access);
    }
}
