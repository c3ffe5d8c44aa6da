package dev.kiln.ir;

import java.util.EnumSet;
import java.util.Set;

/**
 * A field of an {@link IrClass}. {@code constantValue} is what a static field holds before any code runs (Integer,
 * Long, Float, Double or String), or null for the default value: a static final field's ConstantValue attribute, or
 * what the optimizer found its class initializer stores before any other code can run
 * ({@code EvaluateStaticInitializers}).
 */
public final class IrField {
    private final String owner;
    private final String name;
    private final JType type;
    private final Set<Flag> flags;
    private final Object constantValue;

    public IrField(String owner, String name, JType type, Set<Flag> flags, Object constantValue) {
        this.owner = owner;
        this.name = name;
        this.type = type;
        this.flags = flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags);
        this.constantValue = constantValue;
    }

    public String owner() { return owner; }
    public String name() { return name; }
    public JType type() { return type; }
    public Set<Flag> flags() { return flags; }
    public boolean isStatic() { return flags.contains(Flag.STATIC); }
    public Object constantValue() { return constantValue; }

    /** This field, holding {@code value} before any code runs. */
    public IrField withConstantValue(Object value) {
        return new IrField(owner, name, type, flags, value);
    }

    public FieldRef ref() { return new FieldRef(owner, name, type); }
}
