package dev.kiln.runtime.substitutions.sun.util.locale.provider;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.LazyStatic;
import dev.kiln.runtime.Substitute;
import java.util.regex.Pattern;

/**
 * From JDK 19, {@code LocaleResources}' initializer compiles the regular expression of the date-time skeletons
 * that {@code DateTimeFormatter.ofLocalizedPattern} accepts, so every program with locale data (any
 * {@code String.format}) carried {@code java.util.regex} and the Unicode script and block tables. The expression is
 * compiled on first use instead ({@link LazyStatic}); the initializer sets the other fields as the JDK's does.
 * Applied from JDK 25 (the library it is checked against); 19 to 24 keep the JDK's initializer.
 */
final class LocaleResources {
    @Alias(minJdk = 25)
    static boolean $assertionsDisabled;

    @Alias(minJdk = 25)
    private static Object NULLOBJECT;

    @Alias(minJdk = 25)
    private static boolean TRACE_ON;

    /** The kept value of {@code VALID_SKELETON_PATTERN}. */
    private static Pattern kilnSkeletonPattern;

    private LocaleResources() {
    }

    /** Assertions are disabled (docs/RUNTIME-CONTRACT.md), as {@code desiredAssertionStatus()} answers. */
    @Substitute(name = "<clinit>", minJdk = 25)
    static void clinit() {
        $assertionsDisabled = true;
        NULLOBJECT = new Object();
        TRACE_ON = Boolean.parseBoolean(System.getProperty("locale.resources.debug", "false"));
    }

    /** A requested skeleton: its date part, then its time part (the named groups the JDK's method reads). */
    @LazyStatic(field = "VALID_SKELETON_PATTERN", minJdk = 25)
    private static Pattern validSkeletonPattern() {
        if (kilnSkeletonPattern == null) {
            kilnSkeletonPattern = Pattern.compile(
                    "(?<date>G{0,5}y*Q{0,5}M{0,5}w*E{0,5}d{0,2})(?<time>B{0,5}[hHjC]{0,2}m{0,2}s{0,2}[vz]{0,4})");
        }
        return kilnSkeletonPattern;
    }
}
