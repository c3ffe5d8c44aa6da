package dev.kiln.frontend.model;

import dev.kiln.ir.FieldRef;
import dev.kiln.ir.Flag;
import dev.kiln.ir.JType;
import java.util.Collections;
import java.util.Set;

/**
 * A field as declared in its class file.
 *
 * @param owner         binary name of the declaring class
 * @param constantValue the ConstantValue attribute (Integer, Long, Float, Double or String) of a static
 *                      field, else null: JVMS 4.7.2 ignores the attribute on instance fields
 */
public record FieldInfo(String owner, String name, JType type, Set<Flag> flags, Object constantValue) {
    public FieldInfo {
        flags = Collections.unmodifiableSet(flags);
    }

    public boolean isStatic() { return flags.contains(Flag.STATIC); }
    public FieldRef ref() { return new FieldRef(owner, name, type); }

    @Override
    public String toString() {
        return ref().toString();
    }
}
