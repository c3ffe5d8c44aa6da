package string_switch;

// kiln:release=21
/** String switches with case null and patterns, which javac compiles to typeSwitch with String labels. */
public class StringSwitchCase21 {
    static String command(String s) {
        return switch (s) {
            case null -> "no command";
            case "stop", "halt" -> "stopping";
            case "go" -> "going";
            case String other when other.startsWith("say ") -> "saying " + other.substring(4);
            case String other -> "unknown " + other;
        };
    }

    static String plain(String s) {
        return switch (s) {
            case "stop" -> "plain stop";
            default -> "plain other";
        };
    }

    public static void main(String[] args) {
        String[] inputs = {null, "stop", "halt", "go", "say hi", "say ", "jump", ""};
        for (String s : inputs) System.out.println(s + " -> " + command(s) + (s == null ? "" : " / " + plain(s)));
    }
}
