package dev.kiln.runtime.substitutions.sun.nio.fs;

/** Names {@code sun.nio.fs.DynamicFileAttributeView}, a package-private interface, for the other substitutions. */
interface DynamicFileAttributeView {
}
