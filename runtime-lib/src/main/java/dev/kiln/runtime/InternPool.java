package dev.kiln.runtime;

/**
 * The pool behind {@link String#intern()}: an open-addressing hash set of strings, doubled when it is
 * half full. When the program contains this class, {@code _start} passes every string literal through
 * {@link #intern} as it creates it (docs/RUNTIME-CONTRACT.md), so literals are the canonical instances.
 */
public final class InternPool {
    private static String[] table = new String[64];
    private static int size;

    private InternPool() {
    }

    /** The pooled string equal to {@code s}, entering {@code s} if there is none. */
    public static String intern(String s) {
        int mask = table.length - 1;
        int i = s.hashCode() & mask;
        while (table[i] != null) {
            if (table[i].equals(s)) {
                return table[i];
            }
            i = (i + 1) & mask;
        }
        table[i] = s;
        if (++size * 2 > table.length) {
            rehash();
        }
        return s;
    }

    private static void rehash() {
        String[] old = table;
        table = new String[old.length * 2];
        int mask = table.length - 1;
        for (String s : old) {
            if (s != null) {
                int i = s.hashCode() & mask;
                while (table[i] != null) {
                    i = (i + 1) & mask;
                }
                table[i] = s;
            }
        }
    }
}
