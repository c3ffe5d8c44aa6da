package dev.kiln.runtime.substitutions.jdk.internal.util;

import dev.kiln.runtime.Substitute;
import java.util.Properties;

/**
 * The properties {@code StaticProperty} caches, read with {@code System.getProperty} instead of from the properties
 * object its initializer passes in. JDK 17 and 25 make that object ({@code System.getProperties()}) only to pass it
 * to these two helpers, and making it is a {@code Properties} with its {@code ConcurrentHashMap} in every program
 * that reaches {@code StaticProperty} (on JDK 25, every program that formats: about 80 KB of a 330 KB module).
 *
 * <p>The answers are the same: the object is the system properties object, whose {@code getProperty(key)} is what
 * {@code System.getProperty(key)} returns (runtime-lib's {@code System}), and the keys are constants. The frontend's
 * {@code PropertyReads} then passes null for the object where the initializer made it only for these calls, so the
 * object is not made at all. A missing property is an {@code InternalError} naming it, as the JDK's helper says.
 */
final class StaticProperty {
    private StaticProperty() {
    }

    @Substitute(minJdk = 17)
    private static String getProperty(Properties props, String key) {
        String value = System.getProperty(key);
        if (value == null) {
            throw new InternalError("null property: " + key);
        }
        return value;
    }

    @Substitute(minJdk = 17)
    private static String getProperty(Properties props, String key, String defaultValue) {
        String value = System.getProperty(key);
        return value == null ? defaultValue : value;
    }
}
