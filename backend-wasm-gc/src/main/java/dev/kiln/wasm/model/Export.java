package dev.kiln.wasm.model;

/** An export of a function, global, memory or tag under {@code name}. */
public record Export(String name, Object item) {
    public Export {
        if (!(item instanceof Func || item instanceof Global || item instanceof Memory || item instanceof Tag)) {
            throw new IllegalArgumentException("cannot export " + item);
        }
    }
}
