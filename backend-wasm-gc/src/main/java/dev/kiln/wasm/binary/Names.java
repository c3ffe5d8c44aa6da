package dev.kiln.wasm.binary;

/** How much of the {@code name} custom section a module carries. */
public enum Names {
    /** No name section: the smallest module; engines show function indices in traps and profiles. */
    NONE,
    /**
     * Function names only, each Java method's as short as it stays unique (parameters for overloads only): engines and
     * profilers show Java methods; what a deployed module needs.
     */
    FUNCTIONS,
    /** Every name the model has (functions, locals, types, fields, globals, data, tags): for debuggers. */
    ALL
}
