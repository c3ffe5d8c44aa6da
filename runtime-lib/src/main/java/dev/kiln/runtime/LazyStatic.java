package dev.kiln.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * In a substitution class (docs/CLASS-LIBRARY.md), marks a static method without parameters that computes the
 * value of the JDK class's private static field {@link #field()} on first use: every read of the field in the
 * JDK class's own methods becomes a call of this method. For a field the JDK's static initializer fills with
 * something heavy that only a few methods read, such as a compiled {@code java.util.regex.Pattern}: the
 * substitution also replaces the initializer ({@code @Substitute(name = "<clinit>")}) with one that leaves the
 * field alone, so that the heavy value is computed, and its code is in the module, only if a reading method is
 * reached. The method keeps the value in a field of its own (the JDK's stays null). The JDK field must exist,
 * be private and static and have the method's return type in every class library within {@link #minJdk()} and
 * {@link #maxJdk()}; a nested class of the JDK class must not read it (its reads are not redirected), which the
 * substitution's author checks.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface LazyStatic {
    /** The JDK class's static field whose reads call the method. */
    String field();

    /** The oldest class library (feature version) the redirection applies to. */
    int minJdk() default 0;

    /** The newest class library (feature version) the redirection applies to. */
    int maxJdk() default Integer.MAX_VALUE;
}
