package dev.kiln.runtime.substitutions.java.nio.charset;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;

/**
 * The constructor of {@code Charset} without the class loader: the JDK keeps the aliases array of a charset
 * loaded by the boot or platform loader as it is and copies anyone else's, which needs
 * {@code getClass().getClassLoader()}. The substitute always copies: the JDK's own charsets never write to
 * the arrays they pass, so the copy is the only difference and cannot be observed. The names are checked as
 * the JDK checks them, except for the three canonical names it trusts.
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
}
