package dev.kiln.ir;

/**
 * An SSA value: defined exactly once, by a function parameter, a {@link Phi} or an {@link Instruction}.
 * Printed as {@code v<id>}; ids are unique within a function and stable across print → parse → print.
 * The type is always computational (see {@link JType}).
 */
public final class Value {
    private final int id;
    private JType type;
    private Object definition;

    Value(int id, JType type) {
        this.id = id;
        this.type = type;
    }

    public int id() { return id; }
    public JType type() { return type; }

    /** Narrows or widens the static type; used by type inference in the frontend and by passes. */
    public void setType(JType type) { this.type = type; }

    /** The defining {@link Instruction} or {@link Phi}, or the {@link Function} for a parameter. */
    public Object definition() { return definition; }

    void setDefinition(Object definition) { this.definition = definition; }

    public boolean isParameter() { return definition instanceof Function; }

    @Override
    public String toString() {
        return "v" + id;
    }
}
