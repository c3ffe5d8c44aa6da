package dev.kiln.runtime.substitutions.sun.nio.ch;

/** Names {@code sun.nio.ch.NativeDispatcher}, a package-private class, for the {@code IOUtil} substitution. */
abstract class NativeDispatcher {
    private NativeDispatcher() {
    }
}
