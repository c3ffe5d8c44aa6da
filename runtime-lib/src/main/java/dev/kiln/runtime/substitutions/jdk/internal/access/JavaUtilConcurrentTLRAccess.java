package dev.kiln.runtime.substitutions.jdk.internal.access;

/**
 * Names JDK 19's {@code jdk.internal.access.JavaUtilConcurrentTLRAccess} for the {@code SharedSecrets}
 * substitution, which the runtime library (compiled against JDK 17) could not name otherwise; it changes
 * nothing in the JDK's interface.
 */
interface JavaUtilConcurrentTLRAccess {
}
