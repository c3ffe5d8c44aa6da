package dev.kiln.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {
    @Test
    void equalTextsHaveNoDiff() {
        assertEquals("", UnifiedDiff.diff("a\nb\n", "a\nb\n", "x", "y", 40));
        assertEquals(0, UnifiedDiff.firstDifferentLine("a\nb\n", "a\nb\n"));
    }

    @Test
    void changedLineShowsWithContext() {
        String expected = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        String actual = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
        assertEquals(5, UnifiedDiff.firstDifferentLine(expected, actual));
        assertEquals("""
                --- jvm
                +++ node
                @@ -2,7 +2,7 @@
                 2
                 3
                 4
                -5
                +five
                 6
                 7
                 8
                """, UnifiedDiff.diff(expected, actual, "jvm", "node", 40));
    }

    @Test
    void insertedLineIsNotShownAsEveryFollowingLineChanging() {
        String diff = UnifiedDiff.diff("a\nb\nc\nd\n", "a\nextra\nb\nc\nd\n", "jvm", "chicory", 40);
        assertEquals("""
                --- jvm
                +++ chicory
                @@ -1,4 +1,5 @@
                 a
                +extra
                 b
                 c
                 d
                """, diff);
    }

    @Test
    void missingFinalNewlineIsADifference() {
        assertEquals(2, UnifiedDiff.firstDifferentLine("a\nb\n", "a\nb"));
        assertEquals("""
                --- jvm
                +++ wasmtime
                @@ -1,2 +1,2 @@
                 a
                -b
                +b
                \\ No newline at end of file
                """, UnifiedDiff.diff("a\nb\n", "a\nb", "jvm", "wasmtime", 40));
    }

    @Test
    void controlCharactersAreVisible() {
        String diff = UnifiedDiff.diff("x\n", "x\u0000\n", "a", "b", 40);
        assertEquals(true, diff.contains("+x\\u0000\n"), diff);
    }

    @Test
    void longDiffsAreCut() {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            a.append("line ").append(i).append('\n');
            b.append("LINE ").append(i).append('\n');
        }
        String diff = UnifiedDiff.diff(a.toString(), b.toString(), "a", "b", 10);
        assertEquals(3 + 10 + 1, diff.split("\n").length, diff);
        assertEquals(true, diff.endsWith("... (more differences follow)\n"), diff);
    }
}
