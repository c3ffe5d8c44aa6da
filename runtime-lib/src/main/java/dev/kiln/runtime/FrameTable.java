package dev.kiln.runtime;

/**
 * The backend's table of call sites, decoded on first use: for each site number the shadow stack can hold,
 * the method (class, name, frame weight) and the source line. The encoding is in docs/RUNTIME-CONTRACT.md
 * ("Stack traces"): unsigned LEB128 numbers for strings, classes, then methods with their sites, then the inlined
 * sites. The shadow stack holds a site's number, or for an inlined site -1 - its index among them; {@link #site}
 * turns both into one index of the arrays below, where the inlined sites follow the others.
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
    /**
     * The site of the call an inlined site's code was inlined at, the next frame out (-1 for a site that is not
     * inlined): a frame of the shadow stack stands for its site's frame and those of the chain of parents.
     */
    final int[] siteParent;
    /** The weight of the shadow-stack frame a site is stored in: that of the method at the end of its chain of parents. */
    final int[] siteFrameWeight;
    private final int regularSites;

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
        regularSites = sites;
        int inlined = next();
        int total = sites + inlined;
        siteMethod = new int[total];
        siteLine = new int[total];
        siteParent = new int[total];
        siteFrameWeight = new int[total];
        System.arraycopy(lines, 0, siteLine, 0, sites);
        for (int m = 0, s = 0; m < methods; m++) {
            for (int k = 0; k < sitesOf[m]; k++) {
                siteParent[s] = -1;
                siteFrameWeight[s] = methodWeight[m];
                siteMethod[s++] = m;
            }
        }
        for (int s = sites; s < total; s++) {
            siteMethod[s] = next();
            siteLine[s] = next() - 2;
            int parent = next();
            // Even: a site number; odd: an inlined site's index, which comes before this one.
            siteParent[s] = (parent & 1) == 0 ? parent >>> 1 : sites + (parent >>> 1);
            siteFrameWeight[s] = siteFrameWeight[siteParent[s]];
        }
    }

    /** The index of the site a shadow-stack slot holds: a site's number, or -1 - an inlined site's index. */
    int site(int slot) {
        return slot >= 0 ? slot : regularSites - 1 - slot;
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
