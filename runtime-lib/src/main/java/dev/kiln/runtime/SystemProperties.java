package dev.kiln.runtime;

/**
 * Where {@code System} keeps the system properties once the program asks for them as an object. Until then (in most
 * programs, for the whole run) they are the fixed startup set, looked up in {@code System}'s own table, and
 * {@link #object} stays null; code that needs to know whether a property may have been set since startup tests it,
 * and the type flow removes what the test guards from a program that never makes the object (the substitution of
 * JDK 17's {@code Locale.initDefault(Category)}).
 */
public final class SystemProperties {
    /** {@code System.getProperties()}, made on its first call; null before. */
    public static java.util.Properties object;

    private SystemProperties() {
    }
}
