package dev.kiln.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code native} method as a host function import: the backend declares the Wasm import
 * {@code (import "module" "name" (func ...))} and compiles every call to a direct call of it.
 *
 * <p>Only primitive parameters and results are allowed; Java types map to Wasm types one to one
 * ({@code int}, {@code boolean}, {@code byte}, {@code char}, {@code short} to {@code i32}, {@code long} to
 * {@code i64}, {@code float} to {@code f32}, {@code double} to {@code f64}). See docs/RUNTIME-CONTRACT.md.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Import {
    /** The Wasm import module, e.g. {@code wasi_snapshot_preview1}. */
    String module();

    /** The function's name within the import module. */
    String name();
}
