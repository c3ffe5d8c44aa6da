package dev.kiln.runtime.substitutions.java.util.stream;

import dev.kiln.runtime.Substitute;

/**
 * The streams' own tripwire, as {@code java.util.Tripwire}'s substitution: {@code trip} logs through
 * {@code PlatformLogger} (reflection) when a primitive stream boxes, and only if the system property
 * {@code org.openjdk.java.util.stream.tripwire} was true when the class initialised. A Kiln program does
 * not start with that property, so the substitute reports the call instead of pulling the logging framework
 * into every program with a primitive stream.
 */
final class Tripwire {
    private Tripwire() {
    }

    @Substitute
    static void trip(Class<?> trippingClass, String msg) {
        throw new InternalError("Tripwire.trip(" + trippingClass.getName() + "): the stream tripwire property is not"
                + " supported in a Kiln program");
    }
}
