package dev.kiln.compiler;

/**
 * What Binaryen does to the module after Kiln's backend ({@code kiln compile -O<level>}, docs/BINARYEN.md): nothing
 * ({@link #NONE}, the default for now), or {@code wasm-opt}'s {@code -O1} to {@code -O4}, {@code -Os} and
 * {@code -Oz}, with its closed-world passes (a Kiln module exports only {@code _start} and its memory).
 */
public enum WasmOptimization {
    NONE("0", 0, 0), O1("1", 1, 0), O2("2", 2, 0), O3("3", 3, 0), O4("4", 4, 0), OS("s", 2, 1), OZ("z", 2, 2);

    private final String level;

    private final int optimizeLevel;
    private final int shrinkLevel;

    WasmOptimization(String level, int optimizeLevel, int shrinkLevel) {
        this.level = level;
        this.optimizeLevel = optimizeLevel;
        this.shrinkLevel = shrinkLevel;
    }

    /** The text after {@code -O}: {@code 0} to {@code 4}, {@code s} or {@code z}. */
    public String level() { return level; }

    public int optimizeLevel() { return optimizeLevel; }

    public int shrinkLevel() { return shrinkLevel; }

    /** True for {@code -Os} and {@code -Oz}: the module's size matters more than its speed, so Kiln's inliner holds back. */
    public boolean favorsSize() { return shrinkLevel > 0; }

    /**
     * How many times Binaryen's pipeline may run, each time on what the last made, while the module keeps shrinking:
     * three for the size levels ({@code -Os}, {@code -Oz}), as {@code wasm-opt -Oz -Oz} does (the regex-free
     * {@code WordStats} without names: 255,986 B after one round, 248,865 B after two), else one.
     */
    public int maxRounds() { return shrinkLevel > 0 ? 3 : 1; }

    /** The level of {@code -O<text>}: {@code 0} to {@code 4}, {@code s} or {@code z}. */
    public static WasmOptimization ofLevel(String text) {
        for (WasmOptimization o : values()) {
            if (o.level.equals(text)) return o;
        }
        throw new IllegalArgumentException("no optimisation level -O" + text + " (0 to 4, s or z)");
    }
}
