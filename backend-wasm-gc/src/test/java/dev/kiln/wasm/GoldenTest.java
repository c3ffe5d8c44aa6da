package dev.kiln.wasm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The diff a golden mismatch prints. */
class GoldenTest {

    @Test
    void unifiedDiffShowsChangedLinesWithContextAndLineNumbers() {
        String expected = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n";
        String actual = "a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\n";
        assertEquals("""
            --- x (expected)
            +++ x (actual)
            @@ -1,5 +1,5 @@
             a
            -b
            +B
             c
             d
             e
            @@ -8,4 +8,5 @@
             h
             i
             j
            +k
            \s
            """, Golden.unifiedDiff("x", expected, actual));
    }
}
