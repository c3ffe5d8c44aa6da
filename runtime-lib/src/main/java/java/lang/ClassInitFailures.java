package java.lang;

/**
 * Kiln's own class (not the JDK's): the throwables the generated class initialisation code throws when a
 * static initializer fails (JLS 12.4.2), built the way HotSpot on JDK 17.0.x builds them. The backend
 * calls these hooks (docs/RUNTIME-CONTRACT.md) and the driver makes them reachability roots. The class
 * lives in {@code java.lang} to read a throwable's detail message as given at construction, which is what
 * the JVM records, even when {@code getMessage()} is overridden.
 */
final class ClassInitFailures {
    private ClassInitFailures() {
    }

    /**
     * What the first use of a class sees when {@code thrown} escapes its static initializer (step 11): an
     * Error as it is, anything else wrapped in an ExceptionInInitializerError (null message, cause
     * {@code thrown}).
     */
    static Throwable initializerFailed(Throwable thrown) {
        return thrown instanceof Error ? thrown : new ExceptionInInitializerError(thrown);
    }

    /**
     * What a class records when its initialisation completes abruptly with {@code thrown} (the exception
     * its initializer threw, before wrapping, or the one its superclass's initialisation threw): a new
     * ExceptionInInitializerError with no cause and {@code thrown}'s stack trace, whose message names
     * {@code thrown}, for example {@code Exception java.lang.IllegalStateException: broken [in thread "main"]}.
     */
    static Throwable recordFailure(Throwable thrown) {
        String detail = Throwable.detailMessageOf(thrown);
        Throwable recorded = new ExceptionInInitializerError("Exception " + thrown.getClass().getName()
                + (detail == null ? "" : ": " + detail) + " [in thread \"main\"]");
        recorded.setStackTrace(thrown.getStackTrace());
        return recorded;
    }

    /**
     * What every use of an erroneous class throws (step 5): a new NoClassDefFoundError
     * "Could not initialize class X" whose cause is the error the class recorded.
     */
    static Throwable couldNotInitialize(Class<?> c, Throwable recorded) {
        return new NoClassDefFoundError("Could not initialize class " + c.getName(), recorded);
    }
}
