package dev.kiln.ir;

/** A symbolic reference to a field. Text form: {@code example.Point.x:int}. */
public record FieldRef(String owner, String name, JType type) {
    @Override
    public String toString() {
        return owner + "." + name + ":" + type;
    }
}
