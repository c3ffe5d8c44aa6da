package dev.kiln.runtime.substitutions.jdk.internal.access;

import dev.kiln.runtime.Substitute;

/**
 * {@code SharedSecrets} without {@code MethodHandles}: the JDK keeps a lookup object and initialises the
 * class that registers a missing access object through it. Kiln cannot initialise a class named only by a
 * {@code Class} object, so a getter whose access object nobody registered yet fails with an
 * {@code InternalError} naming the class, instead of returning null; the classes Kiln compiles register
 * theirs when they initialise, before the getters that need them run.
 */
final class SharedSecrets {
    private SharedSecrets() {
    }

    @Substitute(name = "<clinit>", maxJdk = 17)
    static void clinit() {
    }

    @Substitute
    private static void ensureClassInitialized(Class<?> c) {
        throw new InternalError("Kiln cannot initialize " + c.getName() + " through its Class object");
    }
}
