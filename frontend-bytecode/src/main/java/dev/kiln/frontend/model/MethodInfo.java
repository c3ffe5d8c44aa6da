package dev.kiln.frontend.model;

import dev.kiln.frontend.lift.LiftContext;
import dev.kiln.frontend.lift.MethodLifter;
import dev.kiln.frontend.lift.Site;
import dev.kiln.ir.Flag;
import dev.kiln.ir.Function;
import dev.kiln.ir.MethodRef;
import dev.kiln.ir.NativeBinding;
import dev.kiln.ir.SourcePos;
import java.util.Collections;
import java.util.Set;
import org.objectweb.asm.tree.MethodNode;

/**
 * A method as declared in its class file. One instance per declaration, so identity is equality. Its
 * bytecode stays inside the model and reaches the lifter ({@link MethodLifter}) only through {@link #lift}.
 */
public final class MethodInfo {
    private final ClassInfo owner;
    private final MethodRef ref;
    private final Set<Flag> flags;
    private final MethodNode node;

    MethodInfo(ClassInfo owner, MethodRef ref, Set<Flag> flags, MethodNode node) {
        this.owner = owner;
        this.ref = ref;
        this.flags = Collections.unmodifiableSet(flags);
        this.node = node;
    }

    public ClassInfo owner() { return owner; }
    public MethodRef ref() { return ref; }
    public String name() { return ref.name(); }
    public Set<Flag> flags() { return flags; }
    public boolean isStatic() { return flags.contains(Flag.STATIC); }
    public boolean isPrivate() { return flags.contains(Flag.PRIVATE); }
    public boolean isPublic() { return flags.contains(Flag.PUBLIC); }
    public boolean isProtected() { return flags.contains(Flag.PROTECTED); }
    public boolean isAbstract() { return flags.contains(Flag.ABSTRACT); }
    public boolean isNative() { return flags.contains(Flag.NATIVE); }

    /** True if the method has a body to lift (neither abstract nor native). */
    public boolean hasCode() { return !isAbstract() && !isNative(); }

    /** Where diagnostics about this method as a whole point. */
    public Site site() {
        return new Site(owner.diagnosticFile(), owner.name(), ref.toString(), SourcePos.NONE);
    }

    /**
     * How this native method is implemented, or null if it has no binding annotation.
     *
     * @throws dev.kiln.ir.CompileError if the annotations are malformed or both are present
     */
    public NativeBinding nativeBinding() {
        return NativeBindings.read(node, site());
    }

    /**
     * The name of the body the frontend generates for this native method ({@code @GeneratedBody}), or null.
     *
     * @throws dev.kiln.ir.CompileError if the annotation is malformed
     */
    public String generatedBody() {
        return NativeBindings.generatedBody(node, site());
    }

    /**
     * Lifts the body to SSA; only for methods that {@linkplain #hasCode() have code}. The node was read with
     * its stack map frames expanded and its debug information (see {@link ClassFileParser}).
     *
     * @throws dev.kiln.ir.CompileError if the body cannot be compiled
     */
    public Function lift(LiftContext context) {
        return MethodLifter.lift(owner.node(), node, context, owner.diagnosticFile());
    }

    @Override
    public String toString() {
        return ref.toString();
    }
}
