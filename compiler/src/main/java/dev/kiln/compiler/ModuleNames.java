package dev.kiln.compiler;

/** How much of the {@code name} custom section a compiled module carries ({@code kiln compile --names}). */
public enum ModuleNames {
    /** No name section: the smallest module; engines show function indices in traps and profiles. */
    NONE,
    /** Function names only (the default): engines and profilers show Java methods. */
    FUNCTIONS,
    /** Every name: also locals, types, fields, globals, data segments and tags, for debuggers. */
    ALL
}
