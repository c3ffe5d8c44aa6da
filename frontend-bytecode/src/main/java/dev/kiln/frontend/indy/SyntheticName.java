package dev.kiln.frontend.indy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The internal name of the class that implements invokedynamic call site number {@code index} of a host
 * class: {@code <host>$$<suffix>$<index>}, e.g. {@code app/Main$$Lambda$3}. Sites are numbered from 0 over
 * every invokedynamic instruction of the host, method by method in class file order (see {@link CallSites}),
 * so the name alone says which call site to read: the class can be made whenever someone asks for it.
 */
record SyntheticName(String host, String suffix, int index) {
    private static final Pattern FORM = Pattern.compile("(.+)\\$\\$([A-Za-z]+)\\$(0|[1-9][0-9]{0,8})");

    String internalName() {
        return host + "$$" + suffix + "$" + index;
    }

    /** The parts of a synthetic class's internal name, or null if it does not have that form. */
    static SyntheticName parse(String internalName) {
        Matcher m = FORM.matcher(internalName);
        if (!m.matches()) return null;
        return new SyntheticName(m.group(1), m.group(2), Integer.parseInt(m.group(3)));
    }
}
