package dev.kiln.runtime;

/**
 * The backend's table of call sites, decoded on first use: for each site number the shadow stack can hold,
 * the method (class, name, frame weight) and the source line. The encoding is in docs/RUNTIME-CONTRACT.md
 * ("Stack traces"): unsigned LEB128 numbers for strings, classes, then methods with their sites.
 */
final class FrameTable {
    private static FrameTable table;

    final String[] className;
    /** A class's source file, or null. */
    final String[] classFile;
    /** Whether a class belongs to the {@code java.base} module (the JDK's, or Kiln's runtime). */
    final boolean[] classInJavaBase;
    /** A class's superclass index, or -1 if the superclass is not listed. */
    final int[] classSuper;
    final int[] methodClass;
    final String[] methodName;
    final int[] methodWeight;
    final int[] siteMethod;
    /** A site's line, -1 if its class has no line table, or -2 in a method the JDK implements natively. */
    final int[] siteLine;

    private final byte[] data;
    private int pos;

    @Intrinsic("kiln.frame_table")
    private static native byte[] encoded();

    FrameTable(byte[] data) {
        this.data = data;
        String[] strings = new String[next()];
        for (int i = 0; i < strings.length; i++) {
            int length = next();
            strings[i] = new String(Utf8.decode(data, pos, length));
            pos += length;
        }
        int classes = next();
        className = new String[classes];
        classFile = new String[classes];
        classInJavaBase = new boolean[classes];
        classSuper = new int[classes];
        for (int c = 0; c < classes; c++) {
            int pkg = next();
            String simple = strings[next()];
            className[c] = pkg == 0 ? simple : strings[pkg - 1] + "." + simple;
            int file = next();
            classFile[c] = file == 0 ? null : file == 1 ? topLevelFile(simple) : strings[file - 2];
            classInJavaBase[c] = (next() & 1) != 0;
            classSuper[c] = next() - 1;
        }
        int methods = next();
        methodClass = new int[methods];
        methodName = new String[methods];
        methodWeight = new int[methods];
        int[] sitesOf = new int[methods];
        int[] lines = new int[16];
        int sites = 0;
        for (int m = 0; m < methods; m++) {
            methodClass[m] = next();
            methodName[m] = strings[next()];
            methodWeight[m] = next();
            sitesOf[m] = next();
            for (int s = 0; s < sitesOf[m]; s++) {
                if (sites == lines.length) {
                    int[] grown = new int[sites * 2];
                    System.arraycopy(lines, 0, grown, 0, sites);
                    lines = grown;
                }
                lines[sites++] = next() - 2;
            }
        }
        siteMethod = new int[sites];
        siteLine = new int[sites];
        System.arraycopy(lines, 0, siteLine, 0, sites);
        for (int m = 0, s = 0; m < methods; m++) {
            for (int k = 0; k < sitesOf[m]; k++) siteMethod[s++] = m;
        }
    }

    /** The source file of a class whose simple binary name is {@code simple}: its top-level class's, {@code .java}. */
    private static String topLevelFile(String simple) {
        int nested = simple.indexOf('$');
        return (nested < 0 ? simple : simple.substring(0, nested)) + ".java";
    }

    static FrameTable get() {
        if (table == null) {
            table = new FrameTable(encoded());
        }
        return table;
    }

    /** The index of the class with this binary name, or -1 if it is not listed. */
    int classIndex(String name) {
        for (int c = 0; c < className.length; c++) {
            if (className[c].equals(name)) {
                return c;
            }
        }
        return -1;
    }

    private int next() {
        int value = 0;
        int shift = 0;
        while (true) {
            int b = data[pos++];
            value |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
            shift += 7;
        }
    }
}
