package enum_switch;

// kiln:release=21
/**
 * Enum switches that javac 21 and later compile to typeSwitch with enum constant descriptions: case null,
 * guards, patterns mixed with constants; plus a classic switch in the same program for comparison.
 */
public class EnumCaseNull {
    enum Level { LOW, MEDIUM, HIGH, CRITICAL }

    static String withNull(Level l) {
        return switch (l) {
            case null -> "unset";
            case LOW -> "low";
            case MEDIUM, HIGH -> "raised";
            case CRITICAL -> "critical";
        };
    }

    static String guarded(Level l) {
        return switch (l) {
            case LOW -> "fine";
            case Level x when x.ordinal() >= 2 -> "alarm " + x.ordinal();
            case Level x -> "watch " + x.name();
        };
    }

    static String classic(Level l) {
        switch (l) {
            case LOW: return "classic low";
            case CRITICAL: return "classic critical";
            default: return "classic other";
        }
    }

    public static void main(String[] args) {
        System.out.println(withNull(null));
        for (Level l : Level.values()) System.out.println(withNull(l) + " | " + guarded(l) + " | " + classic(l));
    }
}
