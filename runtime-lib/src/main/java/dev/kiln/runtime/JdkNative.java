package dev.kiln.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a runtime-library method that stands for a method the JDK implements natively, such as
 * {@code System.arraycopy}: its frame shows as {@code Native Method} in stack traces, without a line, as on the JVM.
 * The frontend gives every instruction of the method the line {@code SourcePos.NATIVE_METHOD}
 * (docs/RUNTIME-CONTRACT.md, "Stack traces").
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface JdkNative {
}
