package dev.kiln.frontend.indy;

/**
 * What the lifter emits in place of an invokedynamic Kiln links: a use of the call site's synthetic class.
 *
 * @param className  the synthetic class's binary name ({@code app.Main$$Lambda$0})
 * @param form       how the call site's result is made
 * @param descriptor the descriptor of the constructor, the field or the static method
 */
public record SyntheticCall(String className, Form form, String descriptor) {
    /** The name of the static method of non-lambda synthetic classes. */
    public static final String INVOKE = "invoke";
    /** The name of the static field holding a non-capturing lambda's only instance. */
    public static final String INSTANCE = "INSTANCE";

    /** How the call site's result is made. */
    public enum Form {
        /** {@code new} of the class and its constructor with the call site's arguments (a capturing lambda). */
        NEW_INSTANCE,
        /**
         * The class's static field {@value #INSTANCE}: a lambda capturing nothing yields the same object every
         * time its call site runs, as on the JVM.
         */
        SINGLETON,
        /** The static method {@value #INVOKE}, with the call site's arguments and result. */
        STATIC_METHOD
    }
}
