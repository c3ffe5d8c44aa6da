package dev.kiln.runtime.substitutions.sun.nio.cs;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import java.nio.charset.Charset;
import java.util.Map;

/**
 * The standard charset provider's lookup by name, without {@code Class.forName}: the JDK finds a charset's
 * canonical name through its alias table (as here), then loads the class {@code sun.nio.cs.<name>} by name and
 * instantiates it reflectively. Kiln makes the classes it knows with {@code new}: UTF-8, US-ASCII, ISO-8859-1,
 * UTF-16, UTF-16BE, UTF-16LE and UTF-32; any other name of the table is unsupported (null, so
 * {@code Charset.forName} throws {@code UnsupportedCharsetException}), where the JVM would find it.
 */
final class StandardCharsets {
    private StandardCharsets() {
    }

    @Substitute
    private Charset lookup(String charsetName) {
        if (charsetName.equals("UTF-8")) {
            return sun.nio.cs.UTF_8.INSTANCE;
        } else if (charsetName.equals("US-ASCII")) {
            return sun.nio.cs.US_ASCII.INSTANCE;
        } else if (charsetName.equals("ISO-8859-1")) {
            return sun.nio.cs.ISO_8859_1.INSTANCE;
        }
        String name = canonicalize(toLower(charsetName));
        Charset cs = cache().get(name);
        if (cs != null) {
            return cs;
        }
        String className = classMap().get(name);
        if (className == null) {
            return null;
        }
        cs = switch (className) {
            case "UTF_16" -> new sun.nio.cs.UTF_16();
            case "UTF_16BE" -> new sun.nio.cs.UTF_16BE();
            case "UTF_16LE" -> new sun.nio.cs.UTF_16LE();
            case "UTF_32" -> new sun.nio.cs.UTF_32();
            default -> null;
        };
        return cs == null ? null : cache(name, cs);
    }

    @Alias
    private static native String toLower(String s);

    @Alias
    private native String canonicalize(String csn);

    @Alias
    private native Map<String, Charset> cache();

    @Alias
    private native Map<String, String> classMap();

    @Alias
    private native Charset cache(String csn, Charset cs);
}
