package java.lang;

/**
 * One frame of a stack trace. Kiln does not record frames yet; programs may still create and set them
 * with {@link Throwable#setStackTrace}.
 */
public final class StackTraceElement implements java.io.Serializable {
    private final String declaringClass;
    private final String methodName;
    private final String fileName;
    private final int lineNumber;

    /**
     * A frame. {@code fileName} may be null; {@code lineNumber} is negative if unknown, -2 for a native
     * method.
     *
     * @throws NullPointerException if {@code declaringClass} or {@code methodName} is null
     */
    public StackTraceElement(String declaringClass, String methodName, String fileName, int lineNumber) {
        if (declaringClass == null) {
            throw new NullPointerException("Declaring class is null");
        }
        if (methodName == null) {
            throw new NullPointerException("Method name is null");
        }
        this.declaringClass = declaringClass;
        this.methodName = methodName;
        this.fileName = fileName;
        this.lineNumber = lineNumber;
    }

    /** The source file name, or null. */
    public String getFileName() {
        return fileName;
    }

    /** The line number, or a negative number if unknown. */
    public int getLineNumber() {
        return lineNumber;
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

    /** {@code class.method(File.java:12)}, with {@code Native Method} or {@code Unknown Source} as needed. */
    public String toString() {
        String where;
        if (isNativeMethod()) {
            where = "Native Method";
        } else if (fileName == null) {
            where = "Unknown Source";
        } else if (lineNumber >= 0) {
            where = fileName + ":" + lineNumber;
        } else {
            where = fileName;
        }
        return declaringClass + "." + methodName + "(" + where + ")";
    }

    /** Whether {@code obj} is a frame with the same class, method, file and line. */
    public boolean equals(Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof StackTraceElement)) {
            return false;
        }
        StackTraceElement e = (StackTraceElement) obj;
        return declaringClass.equals(e.declaringClass) && methodName.equals(e.methodName)
                && (fileName == null ? e.fileName == null : fileName.equals(e.fileName))
                && lineNumber == e.lineNumber;
    }

    /** A hash of the class, method, file and line. */
    public int hashCode() {
        int h = 31 * declaringClass.hashCode() + methodName.hashCode();
        h = 31 * h + (fileName == null ? 0 : fileName.hashCode());
        return 31 * h + lineNumber;
    }
}
