package dev.kiln.runtime;

/**
 * Stack traces from the shadow stack the generated code keeps (docs/RUNTIME-CONTRACT.md, "Stack traces"):
 * {@link #capture} reads the call sites of the frames on the stack, and the accessors describe a site as
 * a {@link StackTraceElement} needs it. Throwable calls these; the backend calls {@link #overflow}.
 *
 * <p>Frames of {@code dev.kiln.runtime} classes are never on the shadow stack, so this class's own frames
 * never show, and neither do those of Kiln's startup code.
 */
public final class StackTrace {
    /** The most frames a trace keeps, the innermost ones, as HotSpot's default MaxJavaStackTraceDepth. */
    private static final int MAX_FRAMES = 1024;

    /**
     * Where the running thread's frames start on the shadow stack: 0 for the main thread; for a thread that
     * {@code Thread.start()} runs on the caller's stack (threads run to completion), the top of the stack
     * when it started, so that its traces end at its {@code run()} as on the JVM.
     */
    private static int threadBase;

    private StackTrace() {
    }

    /** A thread starts running on top of the current stack; returns the base to restore when it ends. */
    public static int enterThread() {
        int previous = threadBase;
        threadBase = top();
        return previous;
    }

    /** The thread that {@link #enterThread()} started has ended. */
    public static void exitThread(int previousBase) {
        threadBase = previousBase;
    }

    @Intrinsic("kiln.stack_top")
    private static native int top();

    @Intrinsic("kiln.stack_slot")
    private static native int slot(int index);

    /**
     * The call sites of the frames on the stack, innermost first, for {@code t}'s {@code fillInStackTrace()}:
     * without the frames the JVM leaves out of a trace, which are the innermost calls of
     * {@code fillInStackTrace} and then of constructors, on classes {@code t} is an instance of, and
     * without the frames below the running thread's own. At most {@value #MAX_FRAMES} frames.
     */
    public static int[] capture(Throwable t) {
        int end = top();
        FrameTable table = FrameTable.get();
        int count = 0;
        for (int i = threadBase; i < end; i += table.siteFrameWeight[table.site(slot(i))]) {
            for (int s = table.site(slot(i)); s >= 0; s = table.siteParent[s]) {
                count++;
            }
        }
        // Outermost frame last: each slot's chain of inlined sites, innermost first, fills in from the end.
        int[] frames = new int[count];
        for (int i = threadBase, k = count; i < end; i += table.siteFrameWeight[table.site(slot(i))]) {
            int depth = 0;
            for (int s = table.site(slot(i)); s >= 0; s = table.siteParent[s]) {
                depth++;
            }
            k -= depth;
            int at = k;
            for (int s = table.site(slot(i)); s >= 0; s = table.siteParent[s]) {
                frames[at++] = s;
            }
        }
        int tClass = table.classIndex(t.getClass().getName());
        int first = 0;
        while (first < count && isHidden(table, frames[first], "fillInStackTrace", tClass)) {
            first++;
        }
        while (first < count && isHidden(table, frames[first], "<init>", tClass)) {
            first++;
        }
        int kept = Math.min(count - first, MAX_FRAMES);
        int[] sites = new int[kept];
        System.arraycopy(frames, first, sites, 0, kept);
        return sites;
    }

    /** True if the site is in a method called {@code name} of a class that class {@code tClass} extends or is. */
    private static boolean isHidden(FrameTable table, int site, String name, int tClass) {
        int method = table.siteMethod[site];
        if (!table.methodName[method].equals(name)) {
            return false;
        }
        for (int c = tClass; c >= 0; c = table.classSuper[c]) {
            if (c == table.methodClass[method]) {
                return true;
            }
        }
        return false;
    }

    /** The binary name of the class declaring the site's method. */
    public static String className(int site) {
        FrameTable table = FrameTable.get();
        return table.className[table.methodClass[table.siteMethod[site]]];
    }

    public static String methodName(int site) {
        FrameTable table = FrameTable.get();
        return table.methodName[table.siteMethod[site]];
    }

    /** The source file of the site's class, or null if the class file names none. */
    public static String fileName(int site) {
        FrameTable table = FrameTable.get();
        return table.classFile[table.methodClass[table.siteMethod[site]]];
    }

    /** The site's line, -1 if its class has no line table, or -2 (printed as {@code Native Method}) in a {@link JdkNative} method. */
    public static int lineNumber(int site) {
        return FrameTable.get().siteLine[site];
    }

    /** Whether the site's class is in the {@code java.base} module (the JDK's, or Kiln's runtime). */
    public static boolean inJavaBase(int site) {
        FrameTable table = FrameTable.get();
        return table.classInJavaBase[table.methodClass[table.siteMethod[site]]];
    }

    /**
     * The StackOverflowError for a frame that would pass the stack limit; the backend raises the limit while
     * this runs. Its trace ends at the last frame that fit, as the JVM's does.
     */
    public static StackOverflowError overflow() {
        return new StackOverflowError();
    }
}
