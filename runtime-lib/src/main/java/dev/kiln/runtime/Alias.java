package dev.kiln.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * In a substitution class (docs/CLASS-LIBRARY.md), declares a field or method of the JDK class so that
 * substitute code can use it: the declaration itself is dropped when the classes merge, and the JDK class
 * must have the member with the same name, descriptor and static-ness (a compile error otherwise). Alias
 * methods are declared {@code native}, alias constructors with an empty body (a constructor of a JDK inner class
 * takes its outer instance as an explicit first parameter); alias fields are never initialised by the substitution class.
 * {@link #minJdk()} and {@link #maxJdk()} limit an alias to the class libraries that have the member, for
 * substitutes of those versions; outside them the alias is dropped unchecked.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
public @interface Alias {
    /** The oldest class library (feature version) that has the member. */
    int minJdk() default 0;
    /** The newest class library (feature version) that has the member. */
    int maxJdk() default Integer.MAX_VALUE;
}
