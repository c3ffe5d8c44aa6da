package dev.kiln.ir.verify;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.Phi;
import dev.kiln.ir.Value;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each value is defined, found by walking the function once; reports values defined twice, two
 * values sharing a name, and values whose type is not computational.
 */
final class Definitions {
    /** A definition point: {@code block} null for a parameter, {@code index} -1 for a phi. */
    record Site(Block block, int index) {
        boolean isParameter() { return block == null; }
        boolean isPhi() { return block != null && index < 0; }
    }

    private final Map<Value, Site> sites = new HashMap<>();
    private final Map<Integer, Value> names = new HashMap<>();
    private final Errors errors;

    private Definitions(Errors errors) {
        this.errors = errors;
    }

    static Definitions collect(Function fn, Errors errors) {
        Definitions d = new Definitions(errors);
        for (Value p : fn.params()) d.define(p, new Site(null, -1), fn);
        for (Block b : fn.blocks()) {
            for (Phi p : b.phis()) d.define(p.result(), new Site(b, -1), p);
            List<Instruction> insns = b.instructions();
            for (int i = 0; i < insns.size(); i++) {
                Value r = insns.get(i).result();
                if (r != null) d.define(r, new Site(b, i), insns.get(i));
            }
        }
        return d;
    }

    /** The definition of {@code v} in this function, or null. */
    Site site(Value v) {
        return sites.get(v);
    }

    private void define(Value v, Site site, Object element) {
        if (sites.putIfAbsent(v, site) != null) {
            errors.add(element, v + " is defined a second time");
            return;
        }
        Value named = names.putIfAbsent(v.id(), v);
        if (named != null) errors.add(element, "another value is also named " + v);
        if (!v.type().isComputational()) {
            errors.add(element, v + " has type " + v.type() + "; values are int, long, float, double or references");
        }
    }
}
