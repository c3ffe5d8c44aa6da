package dev.kiln.runtime.substitutions.jdk.internal.access;

import dev.kiln.runtime.Substitute;

/**
 * JDK 17's {@code SharedSecrets.<clinit>} stores {@code MethodHandles.lookup()} in a field nothing reads (its
 * {@code ensureClassInitialized} asks for a lookup of its own), and that reflection call would be a compile
 * error for every class touching {@code SharedSecrets}; JDK 25's class has no static initializer at all. With
 * it gone, the getters of access objects that are set, or that are looked up without reflection, work on both.
 *
 * <p>Kiln's {@code java.lang.System} never registers a {@code JavaLangAccess}, so
 * {@code getJavaLangAccess()} is null; the JDK classes that use it are substituted where they do
 * (docs/CLASS-LIBRARY.md).
 */
final class SharedSecrets {
    private SharedSecrets() {
    }

    @Substitute(name = "<clinit>", maxJdk = 17)
    static void clinit() {
    }
}
