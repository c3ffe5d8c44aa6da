package dev.kiln.ir.analysis;

import dev.kiln.ir.Block;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A natural loop: a header that dominates the loop, and every block that can reach one of the header's
 * back edges without passing through the header. All back edges into one header form one loop.
 */
public final class Loop {
    private final Block header;
    private final Set<Block> blocks;
    private final List<Block> latches;
    private final List<Loop> children = new ArrayList<>();
    private Loop parent;
    private int depth;

    Loop(Block header, Set<Block> blocks, List<Block> latches) {
        this.header = header;
        this.blocks = blocks;
        this.latches = latches;
    }

    public Block header() { return header; }

    /** The loop's blocks, header first, then in reverse postorder; includes the blocks of nested loops. */
    public Set<Block> blocks() { return Collections.unmodifiableSet(blocks); }

    public boolean contains(Block b) { return blocks.contains(b); }

    /** The sources of the back edges to the header. */
    public List<Block> latches() { return Collections.unmodifiableList(latches); }

    /** The innermost loop that encloses this one, or null for an outermost loop. */
    public Loop parent() { return parent; }

    /** The loops directly nested in this one. */
    public List<Loop> children() { return Collections.unmodifiableList(children); }

    /** 1 for an outermost loop, 2 for a loop nested in it, and so on. */
    public int depth() { return depth; }

    void setParent(Loop parent) {
        this.parent = parent;
        this.depth = parent == null ? 1 : parent.depth + 1;
        if (parent != null) parent.children.add(this);
    }

    @Override
    public String toString() {
        return "loop " + header;
    }
}
