package dev.kiln.ir;

/**
 * How a {@code native} method of the runtime library is implemented, read from its annotations by the
 * frontend:
 * <ul>
 *   <li>{@link HostImport}: a function imported from the host ({@code @dev.kiln.runtime.Import(module, name)}),
 *       e.g. WASI's {@code fd_write};</li>
 *   <li>{@link Intrinsic}: an operation the backend expands inline ({@code @dev.kiln.runtime.Intrinsic(name)}),
 *       e.g. a linear-memory load; the backend documents the names it knows.</li>
 * </ul>
 * A native method with neither is a compile error at each call site that reaches it.
 */
public sealed interface NativeBinding {
    record HostImport(String module, String name) implements NativeBinding {
        @Override public String toString() { return "import \"" + module + "\" \"" + name + "\""; }
    }

    record Intrinsic(String name) implements NativeBinding {
        @Override public String toString() { return "intrinsic \"" + name + "\""; }
    }
}
