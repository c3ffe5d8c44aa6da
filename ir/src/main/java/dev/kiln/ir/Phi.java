package dev.kiln.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code v5 = phi int [b1: v3], [b2: v4]}: one input per predecessor of the block (normal or exception
 * edge), in any order.
 */
public final class Phi {
    /** One incoming value and the predecessor block it flows in from. */
    public static final class Input {
        private Block from;
        private Value value;

        public Input(Block from, Value value) {
            this.from = from;
            this.value = value;
        }

        public Block from() { return from; }
        public Value value() { return value; }
        public void setFrom(Block from) { this.from = from; }
        public void setValue(Value value) { this.value = value; }
    }

    private final Value result;
    private final List<Input> inputs = new ArrayList<>();
    Block block;

    public Phi(Value result) {
        this.result = result;
        result.setDefinition(this);
    }

    public Value result() { return result; }
    public List<Input> inputs() { return inputs; }
    public Block block() { return block; }

    public void addInput(Block from, Value value) {
        inputs.add(new Input(from, value));
    }

    /** The input flowing in from {@code pred}, or null. */
    public Value inputFrom(Block pred) {
        for (Input in : inputs) if (in.from == pred) return in.value;
        return null;
    }

    @Override
    public String toString() {
        return dev.kiln.ir.text.IrPrinter.print(this);
    }
}
