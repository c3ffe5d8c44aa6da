package dev.kiln.ir;

import java.util.Set;

/**
 * The run-time types whose objects {@code Object.getClass()} may be asked of, as the whole-program analysis found
 * them: {@code types}, and every array type if {@code anyArray} (an array {@code Array.newInstance} made, whose type is
 * only known at run time, may be asked). The backend gives only these types' vtables a Class object.
 */
public record ClassQueries(Set<JType> types, boolean anyArray) {
    public ClassQueries {
        types = Set.copyOf(types);
    }

    /** True if objects of type {@code t} may be asked for their Class. */
    public boolean includes(JType t) {
        return types.contains(t) || anyArray && t.isArray();
    }
}
