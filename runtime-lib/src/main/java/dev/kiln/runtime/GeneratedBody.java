package dev.kiln.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code native} method whose body the frontend writes from the whole program, because what it
 * answers depends on which classes the program contains ({@code kiln.class_for_name},
 * {@code kiln.enum_constants}, {@code kiln.comparable_to_itself}) or on the JDK whose class library it is
 * compiled against ({@code kiln.jdk_file:<path>}, a file of that JDK's installation;
 * {@code kiln.number_symbols:<bundle class>}, the number entries of one of its resource bundles); see
 * docs/RUNTIME-CONTRACT.md. The generated body is ordinary IR, so what it calls and initialises is
 * reachable like anything else.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface GeneratedBody {
    /** The name of the body the frontend generates. */
    String value();
}
