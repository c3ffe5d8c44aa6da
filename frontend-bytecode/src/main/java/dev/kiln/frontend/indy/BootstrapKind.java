package dev.kiln.frontend.indy;

import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;

/**
 * The invokedynamic bootstraps Kiln links at compile time into a synthetic class (see {@link SyntheticClasses}),
 * each recognised by its bootstrap method's owner and name. The suffix names the synthetic class:
 * {@code <host>$$<suffix>$<site index>}. String concatenation is not among them: the lifter inlines it.
 */
enum BootstrapKind {
    /** {@code LambdaMetafactory.metafactory}: a lambda or method reference; see {@link LambdaSite}. */
    LAMBDA("java/lang/invoke/LambdaMetafactory", "metafactory", "Lambda"),
    /** {@code LambdaMetafactory.altMetafactory}: the same with flags, marker interfaces and bridges. */
    ALT_LAMBDA("java/lang/invoke/LambdaMetafactory", "altMetafactory", "Lambda"),
    /** {@code ObjectMethods.bootstrap}: a record's toString, hashCode or equals; see {@link RecordMethodsSite}. */
    OBJECT_METHODS("java/lang/runtime/ObjectMethods", "bootstrap", "Record"),
    /** {@code SwitchBootstraps.typeSwitch}: pattern matching for switch; see {@link SwitchSite}. */
    TYPE_SWITCH("java/lang/runtime/SwitchBootstraps", "typeSwitch", "Switch"),
    /** {@code SwitchBootstraps.enumSwitch}: a switch on an enum with pattern labels; see {@link SwitchSite}. */
    ENUM_SWITCH("java/lang/runtime/SwitchBootstraps", "enumSwitch", "Switch");

    private final String owner;
    private final String method;
    final String suffix;

    BootstrapKind(String owner, String method, String suffix) {
        this.owner = owner;
        this.method = method;
        this.suffix = suffix;
    }

    /** The kind of a bootstrap method handle, or null if Kiln does not link it. */
    static BootstrapKind of(Handle bsm) {
        if (bsm.getTag() != Opcodes.H_INVOKESTATIC) return null;
        for (BootstrapKind k : values()) {
            if (k.owner.equals(bsm.getOwner()) && k.method.equals(bsm.getName())) return k;
        }
        return null;
    }

    /** {@code java.lang.invoke.LambdaMetafactory.metafactory}, as diagnostics name a bootstrap. */
    static String describe(Handle bsm) {
        return bsm.getOwner().replace('/', '.') + "." + bsm.getName();
    }
}
