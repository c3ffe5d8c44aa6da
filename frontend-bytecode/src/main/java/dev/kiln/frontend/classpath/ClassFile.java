package dev.kiln.frontend.classpath;

/**
 * The bytes of one class file and where they came from. The origin is what diagnostics print for the
 * file, e.g. {@code app.jar!/com/x/Main.class}, {@code jrt:/java.base/java/util/List.class} or
 * {@code kiln-runtime:java/lang/String.class}, so a user can tell which of several copies was used.
 *
 * @param internalName the class's internal name ({@code java/lang/String}), as it was looked up
 */
public record ClassFile(String internalName, byte[] bytes, String origin) {
}
