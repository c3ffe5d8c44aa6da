package dev.kiln.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code native} method that the backend expands inline instead of calling. The value names
 * either a Wasm instruction without immediates by its text name ({@code i32.clz}, {@code f64.sqrt}), a
 * memory access ({@code i32.load8_u}, {@code i64.store}, {@code memory.grow}), or a Kiln operation
 * ({@code kiln.identity_hash}, {@code kiln.get_class}, {@code kiln.clone}). The arguments (the receiver
 * first, for instance methods) are pushed in order; the Java signature must equal the instruction's type.
 * The full list is in docs/RUNTIME-CONTRACT.md.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Intrinsic {
    /** The instruction or operation name. */
    String value();
}
