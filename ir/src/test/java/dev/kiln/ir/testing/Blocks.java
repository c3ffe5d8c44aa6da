package dev.kiln.ir.testing;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import java.util.Arrays;
import java.util.List;

/** Looks blocks up by their number, so tests can name them as the IR text does. */
public final class Blocks {
    private Blocks() {}

    public static Block b(Function f, int id) {
        for (Block b : f.blocks()) if (b.id() == id) return b;
        throw new IllegalArgumentException("no block b" + id);
    }

    public static List<Block> bs(Function f, int... ids) {
        return Arrays.stream(ids).mapToObj(id -> b(f, id)).toList();
    }
}
