package dev.kiln.backend.emit;

import dev.kiln.ir.MethodRef;
import java.util.List;

/**
 * The runtime library's hooks for failed class initialisation (docs/RUNTIME-CONTRACT.md): static methods of
 * {@code java.lang.ClassInitFailures}, which {@link ClassInitFunctions} calls to build the throwables the
 * JVM throws.
 */
public final class ClassInitHooks {
    public static final String OWNER = "java.lang.ClassInitFailures";
    /** {@code Throwable initializerFailed(Throwable)}: what the first use sees when {@code <clinit>} throws. */
    public static final MethodRef INITIALIZER_FAILED = MethodRef.of(OWNER, "initializerFailed",
            "(Ljava/lang/Throwable;)Ljava/lang/Throwable;");
    /** {@code Throwable recordFailure(Throwable)}: what a class whose initialisation failed records. */
    public static final MethodRef RECORD_FAILURE = MethodRef.of(OWNER, "recordFailure",
            "(Ljava/lang/Throwable;)Ljava/lang/Throwable;");
    /** {@code Throwable couldNotInitialize(Class, Throwable)}: what each use of an erroneous class throws. */
    public static final MethodRef COULD_NOT_INITIALIZE = MethodRef.of(OWNER, "couldNotInitialize",
            "(Ljava/lang/Class;Ljava/lang/Throwable;)Ljava/lang/Throwable;");

    public static final List<MethodRef> ALL = List.of(INITIALIZER_FAILED, RECORD_FAILURE, COULD_NOT_INITIALIZE);

    private ClassInitHooks() {}
}
