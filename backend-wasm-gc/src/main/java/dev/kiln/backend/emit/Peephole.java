package dev.kiln.backend.emit;

import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Op;
import java.util.ArrayList;
import java.util.List;

/**
 * Local clean-up of emitted bodies. The structurer branches explicitly at the end of every edge, so a
 * {@code br 0} often sits right before the {@code end} (or {@code else}) of the {@code block} or
 * {@code if} it targets, where falling through does the same; those branches are removed (a {@code br 0}
 * to a {@code loop} restarts it and stays). So is a {@code return} that ends the body.
 */
final class Peephole {
    private Peephole() {}

    static void removeFallthroughBranches(List<Instr> body) {
        List<Instr> out = new ArrayList<>(body.size());
        List<Op> open = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            Instr in = body.get(i);
            if (in.op == Op.BR && in.num == 0 && i + 1 < body.size() && !open.isEmpty()) {
                Op next = body.get(i + 1).op;
                Op construct = open.get(open.size() - 1);
                if ((next == Op.END || next == Op.ELSE) && (construct == Op.BLOCK || construct == Op.IF)) continue;
            }
            if (in.op.opensBlock()) open.add(in.op);
            else if (in.op == Op.END) open.remove(open.size() - 1);
            out.add(in);
        }
        if (!out.isEmpty() && out.get(out.size() - 1).op == Op.RETURN) out.remove(out.size() - 1);
        body.clear();
        body.addAll(out);
    }
}
