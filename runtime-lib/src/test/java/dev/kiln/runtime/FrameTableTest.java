package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Decodes frame tables written in the encoding of docs/RUNTIME-CONTRACT.md ("Stack traces"). */
class FrameTableTest {
    @Test
    void decodesClassesMethodsAndSitesInOrder() {
        Encoder e = new Encoder();
        e.strings("java.lang", "Object", "Throwable", "p", "Main", "main", "<init>", "fillInStackTrace", "Ünïcode",
                "Other.java", "Top$Inner");
        e.number(5);
        // package + 1, simple name, file (0 none, 1 the top-level class's, else string + 2), flags, superclass + 1
        e.numbers(1, 1, 0, 1, 0);
        e.numbers(1, 2, 1, 1, 1);
        e.numbers(4, 4, 11, 0, 1);
        e.numbers(4, 8, 0, 0, 1);
        e.numbers(0, 10, 1, 0, 1);
        e.number(3);
        // sites: line + 2 (0: a native method, 1: no line table)
        e.numbers(2, 5, 300, 2, 14, 1);
        e.numbers(1, 6, 7, 1, 0);
        e.numbers(1, 7, 9, 1, 202);
        // inlined sites: method, line + 2, parent (even: site number * 2; odd: inlined index * 2 + 1)
        e.number(2);
        e.numbers(1, 7, 0);
        e.numbers(2, 12, 1);
        FrameTable t = new FrameTable(e.bytes());
        assertArrayEquals(new String[] {"java.lang.Object", "java.lang.Throwable", "p.Main", "p.Ünïcode", "Top$Inner"}, t.className);
        assertArrayEquals(new String[] {null, "Throwable.java", "Other.java", null, "Top.java"}, t.classFile);
        assertArrayEquals(new boolean[] {true, true, false, false, false}, t.classInJavaBase);
        assertArrayEquals(new int[] {-1, 0, 0, 0, 0}, t.classSuper);
        assertArrayEquals(new int[] {2, 1, 1}, t.methodClass);
        assertArrayEquals(new String[] {"main", "<init>", "fillInStackTrace"}, t.methodName);
        assertArrayEquals(new int[] {300, 7, 9}, t.methodWeight);
        assertArrayEquals(new int[] {0, 0, 1, 2, 1, 2}, t.siteMethod);
        assertArrayEquals(new int[] {12, -1, -2, 200, 5, 10}, t.siteLine);
        assertArrayEquals(new int[] {-1, -1, -1, -1, 0, 4}, t.siteParent);
        assertArrayEquals(new int[] {300, 300, 7, 9, 300, 300}, t.siteFrameWeight);
        assertEquals(3, t.site(3));
        assertEquals(4, t.site(-1));
        assertEquals(5, t.site(-2));
        assertEquals(2, t.classIndex("p.Main"));
        assertEquals(-1, t.classIndex("p.Missing"));
    }

    /** Writes the encoding's unsigned LEB128 numbers and strings. */
    private static final class Encoder {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        void strings(String... strings) {
            number(strings.length);
            for (String s : strings) {
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                number(utf8.length);
                out.writeBytes(utf8);
            }
        }

        void numbers(int... values) {
            for (int v : values) number(v);
        }

        void number(int value) {
            int v = value;
            while (v >= 0x80) {
                out.write(v & 0x7f | 0x80);
                v >>>= 7;
            }
            out.write(v);
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
