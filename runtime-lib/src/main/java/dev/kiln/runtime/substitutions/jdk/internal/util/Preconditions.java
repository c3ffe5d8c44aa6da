package dev.kiln.runtime.substitutions.jdk.internal.util;

import dev.kiln.runtime.Substitute;
import java.util.List;

/**
 * The exception messages of the index checks ({@code Objects.checkIndex}, {@code checkFromToIndex},
 * {@code checkFromIndexSize} and their users), without {@code String.format}: the same text the JDK
 * produces, built by concatenation. The numbers print as {@code Integer}/{@code Long.toString} do.
 */
final class Preconditions {
    private Preconditions() {
    }

    /** The message for a failed check of kind {@code checkKind} on the values {@code args}. */
    @Substitute
    static String outOfBoundsMessage(String checkKind, List<? extends Number> args) {
        if (checkKind == null && args == null) {
            return "Range check failed";
        } else if (checkKind == null) {
            return "Range check failed: " + args;
        } else if (args == null) {
            return "Range check failed: " + checkKind;
        }
        int arity;
        switch (checkKind) {
            case "checkIndex":
                arity = 2;
                break;
            case "checkFromToIndex":
            case "checkFromIndexSize":
                arity = 3;
                break;
            default:
                arity = 0;
        }
        if (arity == 0 || args.size() != arity) {
            return "Range check failed: " + checkKind + " " + args;
        }
        switch (checkKind) {
            case "checkIndex":
                return "Index " + args.get(0) + " out of bounds for length " + args.get(1);
            case "checkFromToIndex":
                return "Range [" + args.get(0) + ", " + args.get(1) + ") out of bounds for length " + args.get(2);
            default:
                return "Range [" + args.get(0) + ", " + args.get(0) + " + " + args.get(1) + ") out of bounds for length "
                        + args.get(2);
        }
    }
}
