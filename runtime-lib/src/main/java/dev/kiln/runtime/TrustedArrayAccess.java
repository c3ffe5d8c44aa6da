package dev.kiln.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Array loads, stores and lengths in this method get no {@code nullcheck} or {@code boundscheck}: every caller guarantees
 * that the arrays are not null and the indexes within them, and says so where it calls. Wasm's own
 * {@code array.get} and {@code array.set} still trap on a null array or an index out of range, so a broken
 * guarantee stops the program with a trap rather than corrupting anything, but it is a Kiln bug: a Java program
 * must never see it.
 *
 * <p>For the few helpers under the runtime's I/O whose checks no analysis of a single method can prove (a copy
 * between an array and linear memory at an offset the caller checked), so that a program that cannot fail carries
 * none of the failure machinery (docs/CLASS-LIBRARY.md, "What a module holds"). Only methods of
 * {@code dev.kiln.runtime} may carry it; the lifter rejects it anywhere else. Casts, store checks and divisions
 * keep their checks.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface TrustedArrayAccess {
}
