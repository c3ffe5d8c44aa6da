package dev.kiln.runtime.substitutions.java.security;

import dev.kiln.runtime.Substitute;
import java.security.AccessControlContext;
import java.security.Permission;
import java.security.PrivilegedAction;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;

/**
 * {@code doPrivileged} as on a JVM without a security manager, the only configuration a Kiln program has:
 * the action runs, its result is returned, a checked exception from a {@code PrivilegedExceptionAction} is
 * wrapped in a {@code PrivilegedActionException} and unchecked ones pass through (Java SE API). JDK 17's
 * bodies ask {@code Reflection.getCallerClass()}, which a Kiln program cannot answer; JDK 24 and later run
 * the action directly, so these substitutes change nothing there. The context and permission arguments
 * restrict nothing without a security manager.
 */
final class AccessController {
    private AccessController() {
    }

    @Substitute
    public static <T> T doPrivileged(PrivilegedAction<T> action) {
        return action.run();
    }

    @Substitute
    public static <T> T doPrivilegedWithCombiner(PrivilegedAction<T> action) {
        return action.run();
    }

    @Substitute
    public static <T> T doPrivileged(PrivilegedAction<T> action, AccessControlContext context) {
        return action.run();
    }

    @Substitute
    public static <T> T doPrivileged(PrivilegedAction<T> action, AccessControlContext context, Permission... perms) {
        return action.run();
    }

    @Substitute
    public static <T> T doPrivilegedWithCombiner(PrivilegedAction<T> action, AccessControlContext context,
                                                 Permission... perms) {
        return action.run();
    }

    @Substitute
    public static <T> T doPrivileged(PrivilegedExceptionAction<T> action) throws PrivilegedActionException {
        return kilnRun(action);
    }

    @Substitute
    public static <T> T doPrivilegedWithCombiner(PrivilegedExceptionAction<T> action) throws PrivilegedActionException {
        return kilnRun(action);
    }

    @Substitute
    public static <T> T doPrivileged(PrivilegedExceptionAction<T> action, AccessControlContext context)
            throws PrivilegedActionException {
        return kilnRun(action);
    }

    @Substitute
    public static <T> T doPrivileged(PrivilegedExceptionAction<T> action, AccessControlContext context,
                                     Permission... perms) throws PrivilegedActionException {
        return kilnRun(action);
    }

    @Substitute
    public static <T> T doPrivilegedWithCombiner(PrivilegedExceptionAction<T> action, AccessControlContext context,
                                                 Permission... perms) throws PrivilegedActionException {
        return kilnRun(action);
    }

    /** Runs the action; a checked exception is wrapped, an unchecked one passes through. */
    private static <T> T kilnRun(PrivilegedExceptionAction<T> action) throws PrivilegedActionException {
        try {
            return action.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new PrivilegedActionException(e);
        }
    }
}
