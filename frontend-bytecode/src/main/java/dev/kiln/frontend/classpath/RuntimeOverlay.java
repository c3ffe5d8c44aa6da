package dev.kiln.frontend.classpath;

import java.io.IOException;
import java.io.InputStream;

/**
 * Kiln's runtime library, stored as resources under a prefix ({@code META-INF/kiln-runtime/}) so that the
 * compiler's own JVM never loads them as its own {@code java.lang} classes. Found through the driver's
 * class loader, which sees either the runtime-lib jar or its build output directory.
 */
final class RuntimeOverlay implements ClassSource {
    private final ClassLoader loader;
    private final String prefix;

    RuntimeOverlay(ClassLoader loader, String prefix) {
        this.loader = loader;
        this.prefix = prefix.endsWith("/") ? prefix : prefix + "/";
    }

    @Override
    public ClassFile find(String internalName) {
        String origin = "kiln-runtime:" + internalName + ".class";
        try (InputStream in = loader.getResourceAsStream(prefix + internalName + ".class")) {
            return in == null ? null : new ClassFile(internalName, in.readAllBytes(), origin);
        } catch (IOException e) {
            throw ReadFailure.of(origin, e);
        }
    }

    @Override
    public void close() {
        // The class loader belongs to the driver.
    }
}
