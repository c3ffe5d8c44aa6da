package dev.kiln.opt.flow;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * One node of the type-flow graph: the run-time types ({@link TypeUniverse} ids) that may reach a value, a
 * parameter, a return, a field, the elements of an array type or the exceptions thrown. Types only grow; each new
 * type is passed on along the edges (through the edge's filter, a cone, if it has one) and to the observers,
 * which add edges as the types appear (a call dispatching on its receiver, an array access on its array).
 */
final class Flow {
    final BitSet types = new BitSet();
    /** Types added since the flow was last passed on, or null when it is not queued. */
    BitSet pending;
    final List<Flow> targets = new ArrayList<>(2);
    final List<BitSet> filters = new ArrayList<>(2);
    final List<Consumer<BitSet>> observers = new ArrayList<>(1);
    /** What every type entering this flow must be (the component cone of an array's elements), or null. */
    final BitSet inFilter;

    Flow() {
        this(null);
    }

    Flow(BitSet inFilter) {
        this.inFilter = inFilter;
    }
}
