package dev.kiln.ir;

/**
 * How a call is dispatched. STATIC and SPECIAL call exactly the resolved method (SPECIAL: constructors,
 * private methods and {@code super.m()} calls, with a receiver); VIRTUAL dispatches on the receiver's class;
 * INTERFACE dispatches an interface method on the receiver's class.
 */
public enum InvokeKind {
    STATIC, SPECIAL, VIRTUAL, INTERFACE;

    public String mnemonic() { return name().toLowerCase(java.util.Locale.ROOT); }
}
