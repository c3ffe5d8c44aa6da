package dev.kiln.runtime.substitutions.java.nio.charset;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;

/**
 * The constructor of {@code Charset} without the class loader: the JDK keeps the aliases array of a charset
 * loaded by the boot or platform loader as it is and copies anyone else's, which needs
 * {@code getClass().getClassLoader()}. The substitute always copies: the JDK's own charsets never write to
 * the arrays they pass, so the copy is the only difference and cannot be observed. The names are checked as
 * the JDK checks them, except for the three canonical names it trusts.
 *
 * <p>Lookups by name find the charsets of {@code java.base}'s standard provider that Kiln makes
 * ({@code sun.nio.cs.StandardCharsets}' substitution), never extended charsets ({@code jdk.charsets}) or
 * charsets of installed providers, which the JDK finds with {@code ServiceLoader}: as a runtime image of
 * {@code java.base} alone without them would.
 */
abstract class Charset {
    @Alias
    private static String[] zeroAliases;
    @Alias
    private String name;
    @Alias
    private String[] aliases;

    @Alias
    private static native void checkName(String s);

    @Substitute
    protected Charset(String canonicalName, String[] aliases) {
        String[] as = aliases == null ? zeroAliases : aliases.clone();
        if (canonicalName != "ISO-8859-1" && canonicalName != "US-ASCII" && canonicalName != "UTF-8") {
            checkName(canonicalName);
            for (String alias : as) {
                checkName(alias);
            }
        }
        this.name = canonicalName;
        this.aliases = as;
    }

    @Substitute
    private static java.nio.charset.Charset lookupViaProviders(String charsetName) {
        return null;
    }

    @Substitute
    private static java.nio.charset.Charset lookupExtendedCharset(String charsetName) {
        return null;
    }
}
