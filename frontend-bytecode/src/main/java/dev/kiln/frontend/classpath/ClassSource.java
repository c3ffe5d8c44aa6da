package dev.kiln.frontend.classpath;

import java.io.Closeable;

/** One place class files come from: the runtime overlay, a user directory or jar, or the JDK image. */
interface ClassSource extends Closeable {
    /** The class file for an internal name, or null if this source has none. */
    ClassFile find(String internalName);
}
