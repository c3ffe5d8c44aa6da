package dev.kiln.runtime.substitutions.java.util;

import dev.kiln.runtime.Substitute;

/**
 * {@code Tripwire.trip} logs a warning through {@code PlatformLogger} (which needs reflection) when a primitive
 * iterator or spliterator boxes, but only if {@code Tripwire.ENABLED}, which the JDK reads from the system
 * property {@code org.openjdk.java.util.stream.tripwire}. A Kiln program's system properties are fixed
 * (runtime-lib's {@code System.getProperty}) and do not include it, so {@code ENABLED} is false and {@code trip}
 * is never called: its substitute says so instead of pulling the logging framework into every program that
 * uses a primitive iterator.
 */
final class Tripwire {
    private Tripwire() {
    }

    @Substitute
    static void trip(Class<?> trippingClass, String msg) {
        throw new InternalError("Tripwire.trip(" + trippingClass.getName() + "): the tripwire property cannot be set"
                + " in a Kiln program");
    }
}
