package java.lang;

import dev.kiln.runtime.StackTrace;

/**
 * One frame of a stack trace: the class loader, module, declaring class, method, source file and line.
 * Frames Kiln captures say what the JVM's say for the same program: classes of the program are loaded by
 * the {@code app} class loader in the unnamed module, and library classes (Kiln's runtime, which stands
 * in for the JDK's) are in {@code java.base}, whose version Kiln does not know.
 */
public final class StackTraceElement implements java.io.Serializable {
    private static final String APP_LOADER = "app";
    private static final String JAVA_BASE = "java.base";

    private final String classLoaderName;
    private final String moduleName;
    private final String moduleVersion;
    private final String declaringClass;
    private final String methodName;
    private final String fileName;
    private final int lineNumber;
    /**
     * True for frames Kiln captured, whose {@link #toString()} leaves out what the JVM's leaves out for
     * its own: the name of a built-in class loader and the version of a JDK module.
     */
    private final boolean captured;

    /**
     * A frame with no class loader or module. {@code fileName} may be null; {@code lineNumber} is negative
     * if unknown, -2 for a native method.
     *
     * @throws NullPointerException if {@code declaringClass} or {@code methodName} is null
     */
    public StackTraceElement(String declaringClass, String methodName, String fileName, int lineNumber) {
        this(null, null, null, declaringClass, methodName, fileName, lineNumber);
    }

    /**
     * A frame; the class loader name, module name and version may each be null.
     *
     * @throws NullPointerException if {@code declaringClass} or {@code methodName} is null
     */
    public StackTraceElement(String classLoaderName, String moduleName, String moduleVersion, String declaringClass,
            String methodName, String fileName, int lineNumber) {
        this(classLoaderName, moduleName, moduleVersion, declaringClass, methodName, fileName, lineNumber, false);
    }

    private StackTraceElement(String classLoaderName, String moduleName, String moduleVersion, String declaringClass,
            String methodName, String fileName, int lineNumber, boolean captured) {
        if (declaringClass == null) {
            throw new NullPointerException("Declaring class is null");
        }
        if (methodName == null) {
            throw new NullPointerException("Method name is null");
        }
        this.classLoaderName = classLoaderName;
        this.moduleName = moduleName;
        this.moduleVersion = moduleVersion;
        this.declaringClass = declaringClass;
        this.methodName = methodName;
        this.fileName = fileName;
        this.lineNumber = lineNumber;
        this.captured = captured;
    }

    /** The frames of the call sites {@link StackTrace#capture} recorded, in the same order. */
    static StackTraceElement[] ofSites(int[] sites) {
        StackTraceElement[] frames = new StackTraceElement[sites.length];
        for (int i = 0; i < sites.length; i++) {
            int site = sites[i];
            boolean library = StackTrace.inJavaBase(site);
            frames[i] = new StackTraceElement(library ? null : APP_LOADER, library ? JAVA_BASE : null, null,
                    StackTrace.className(site), StackTrace.methodName(site), StackTrace.fileName(site),
                    StackTrace.lineNumber(site), true);
        }
        return frames;
    }

    /** The source file name, or null. */
    public String getFileName() {
        return fileName;
    }

    /** The line number, or a negative number if unknown. */
    public int getLineNumber() {
        return lineNumber;
    }

    /** The module name, or null for the unnamed module. */
    public String getModuleName() {
        return moduleName;
    }

    /** The module version, or null. */
    public String getModuleVersion() {
        return moduleVersion;
    }

    /** The class loader's name, or null for the bootstrap loader or an unnamed one. */
    public String getClassLoaderName() {
        return classLoaderName;
    }

    /** The binary name of the declaring class. */
    public String getClassName() {
        return declaringClass;
    }

    /** The method name. */
    public String getMethodName() {
        return methodName;
    }

    /** Whether the frame is a native method (line number -2). */
    public boolean isNativeMethod() {
        return lineNumber == -2;
    }

    /**
     * {@code loader/module@version/class.method(File.java:12)}: the loader part is left out if there is no
     * loader name (or, for captured frames, it is the built-in {@code app} loader), and the module part too
     * if, then, the module is unnamed; the version is left out if there is none (or, for captured frames,
     * the module is the JDK's); {@code Native Method} or {@code Unknown Source} replace a missing line and
     * file.
     */
    public String toString() {
        StringBuilder s = new StringBuilder();
        boolean loader = classLoaderName != null && !classLoaderName.isEmpty()
                && !(captured && APP_LOADER.equals(classLoaderName));
        if (loader) {
            s.append(classLoaderName).append('/');
        }
        if (moduleName != null && !moduleName.isEmpty()) {
            s.append(moduleName);
            if (moduleVersion != null && !moduleVersion.isEmpty() && !(captured && JAVA_BASE.equals(moduleName))) {
                s.append('@').append(moduleVersion);
            }
        }
        if (loader || moduleName != null && !moduleName.isEmpty()) {
            s.append('/');
        }
        s.append(declaringClass).append('.').append(methodName).append('(');
        if (isNativeMethod()) {
            s.append("Native Method");
        } else if (fileName == null) {
            s.append("Unknown Source");
        } else {
            s.append(fileName);
            if (lineNumber >= 0) {
                s.append(':').append(lineNumber);
            }
        }
        return s.append(')').toString();
    }

    /** Whether {@code obj} is a frame with the same loader, module, version, class, method, file and line. */
    public boolean equals(Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof StackTraceElement)) {
            return false;
        }
        StackTraceElement e = (StackTraceElement) obj;
        return declaringClass.equals(e.declaringClass) && methodName.equals(e.methodName)
                && same(fileName, e.fileName) && lineNumber == e.lineNumber && same(classLoaderName, e.classLoaderName)
                && same(moduleName, e.moduleName) && same(moduleVersion, e.moduleVersion);
    }

    /** A hash of the loader, module, version, class, method, file and line. */
    public int hashCode() {
        int h = 31 * declaringClass.hashCode() + methodName.hashCode();
        h = 31 * h + hash(classLoaderName);
        h = 31 * h + hash(moduleName);
        h = 31 * h + hash(moduleVersion);
        h = 31 * h + hash(fileName);
        return 31 * h + lineNumber;
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static int hash(String s) {
        return s == null ? 0 : s.hashCode();
    }
}
