package dev.kiln.frontend.lift;

import dev.kiln.ir.FieldRef;
import dev.kiln.ir.InvokeKind;
import dev.kiln.ir.JType;
import dev.kiln.ir.MethodRef;
import dev.kiln.ir.MethodSig;

/**
 * What the method lifter needs to know about the rest of the program. Implemented by the class model
 * ({@code dev.kiln.frontend.model}), which answers from Kiln's own view of the class files: no class is
 * ever loaded into the compiler's JVM. Every method reports a missing class or member as a
 * {@link dev.kiln.ir.CompileError} located at {@code site}.
 */
public interface LiftContext {
    /** A resolved method and how to dispatch it. */
    record ResolvedMethod(InvokeKind kind, MethodRef ref) {
    }

    /** JVMS 5.4.3.2 field resolution: the declaring class's field. */
    FieldRef resolveField(String owner, String name, JType type, boolean isStatic, Site site);

    /**
     * JVMS 5.4.3.3/5.4.3.4 method resolution of a call site. The returned ref's owner is the declaring class
     * (for a call on an array type, java.lang.Object). The kind may differ from the bytecode's: an
     * invokeinterface of a java.lang.Object method becomes VIRTUAL on java.lang.Object; an invokevirtual that
     * resolves to an interface's default method stays VIRTUAL with the interface as owner.
     *
     * @param ownerIsInterface the constant pool entry is an InterfaceMethodref
     */
    ResolvedMethod resolveMethod(InvokeKind kind, String owner, String name, MethodSig sig, boolean ownerIsInterface, Site site);

    /** Checks a class exists (for new, checkcast, instanceof, anewarray, ldc class); array types check their element class. */
    void requireType(JType type, Site site);

    /** The most specific common superclass of two reference types, for merging stack and local types (interfaces merge to Object, as the verifier does). */
    JType commonSupertype(JType a, JType b);

    /** Whether a value of type {@code from} can be assigned to {@code to}. */
    boolean isAssignable(JType from, JType to);

    boolean isInterface(String className);

    /**
     * True if initialising the class (JLS 12.4.2) may run code: the class or one of its superclasses has a
     * static initializer. The lifter places an {@code initclass} before the first active use of such a class.
     */
    boolean needsInitialization(String className);

    /** True if class {@code sub} is {@code sup} or a subclass or implementor of it. */
    boolean isSubclassOf(String sub, String sup);

    /**
     * True if the resolved static field has a ConstantValue attribute (JVMS 4.7.2). The lifter reads such a
     * field of an interface without initialising the interface, as compiled Java code (where javac inlines
     * the constant) does. The default, false, initialises the interface on every read, as JVMS 5.5
     * prescribes for getstatic.
     */
    default boolean isConstantField(FieldRef field) {
        return false;
    }

    /**
     * The field named {@code name} that class {@code owner} itself declares, static or not as asked, whatever its
     * type, or null if it declares none: Unsafe's {@code objectFieldOffset} and {@code getDeclaredField} name a
     * field by name alone. The default knows no fields.
     */
    default FieldRef declaredField(String owner, String name, boolean isStatic) {
        return null;
    }

    /**
     * What the resolved static field holds if its class's static initializer sets it to a VarHandle or Unsafe
     * handle that the lifter recognises ({@code HandleDefinitions}), else null (the default).
     */
    default FieldHandle fieldHandle(FieldRef staticField) {
        return null;
    }
}
