package dev.kiln.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * In a substitution class ({@code dev.kiln.runtime.substitutions.<JDK class name>}, docs/CLASS-LIBRARY.md),
 * marks a method whose body replaces the body of the JDK class's method with the same name (or
 * {@link #name()}) and descriptor. The JDK method must exist, with the same static-ness, in every class
 * library the substitution applies to ({@link #minJdk()} to {@link #maxJdk()}, feature versions); a
 * missing one is a compile error naming both, so a JDK update cannot silently bypass a substitution.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface Substitute {
    /** The JDK method's name, when the Java name differs (two substitutions of one method for different JDKs). */
    String name() default "";

    /** The oldest class library (feature version) the substitution applies to. */
    int minJdk() default 0;

    /** The newest class library (feature version) the substitution applies to. */
    int maxJdk() default Integer.MAX_VALUE;
}
