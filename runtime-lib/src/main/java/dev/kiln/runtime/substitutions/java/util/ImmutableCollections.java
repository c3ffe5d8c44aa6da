package dev.kiln.runtime.substitutions.java.util;

/**
 * Lets the {@code SharedSecrets} substitution register {@code ImmutableCollections}' access object (behind
 * {@code Stream.toList()}), which the JDK does by loading the nested class {@code Access} by name: the
 * added method initialises that class, whose static initializer registers it. Public so that the other
 * package's substitution can call it; the JDK class itself stays package-private.
 */
public final class ImmutableCollections {
    private ImmutableCollections() {
    }

    /** Initialises {@code ImmutableCollections.Access}, which registers the access object. */
    public static void registerAccess() {
        new Access();
    }

    /** Stands for the JDK's holder of the access object. */
    static final class Access {
        Access() {
        }
    }
}
