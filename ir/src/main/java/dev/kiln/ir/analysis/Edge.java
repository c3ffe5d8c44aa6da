package dev.kiln.ir.analysis;

import dev.kiln.ir.Block;

/** A control-flow edge, normal or exceptional. */
public record Edge(Block from, Block to) {
    @Override
    public String toString() {
        return from + " -> " + to;
    }
}
