package dev.kiln.ir;

import java.util.EnumSet;
import java.util.Set;

/**
 * A method of an {@link IrClass}: its declaration, and its SSA {@link Function} body when it has one
 * (abstract and native methods have none; a native method has a {@link NativeBinding} instead).
 */
public final class IrMethod {
    private final MethodRef ref;
    private final Set<Flag> flags;
    private Function body;
    private NativeBinding nativeBinding;

    public IrMethod(MethodRef ref, Set<Flag> flags) {
        this.ref = ref;
        this.flags = flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags);
    }

    public MethodRef ref() { return ref; }
    public String owner() { return ref.owner(); }
    public String name() { return ref.name(); }
    public MethodSig sig() { return ref.sig(); }
    public Set<Flag> flags() { return flags; }
    public boolean isStatic() { return flags.contains(Flag.STATIC); }
    public boolean isAbstract() { return flags.contains(Flag.ABSTRACT); }
    public boolean isNative() { return flags.contains(Flag.NATIVE); }
    public boolean isPrivate() { return flags.contains(Flag.PRIVATE); }
    public boolean isConstructor() { return ref.name().equals("<init>"); }
    public boolean isStaticInitializer() { return ref.name().equals("<clinit>"); }

    public Function body() { return body; }
    public void setBody(Function body) { this.body = body; }
    public NativeBinding nativeBinding() { return nativeBinding; }
    public void setNativeBinding(NativeBinding binding) { this.nativeBinding = binding; }

    @Override
    public String toString() {
        return ref.toString();
    }
}
