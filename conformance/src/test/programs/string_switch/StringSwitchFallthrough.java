package string_switch;

/** Fall-through between string cases, breaks, nested string switches and switches in loops. */
public class StringSwitchFallthrough {
    static String run(String[] program) {
        StringBuilder out = new StringBuilder();
        int acc = 0;
        for (String instr : program) {
            switch (instr) {
                case "inc2":
                    acc++;
                case "inc":
                    acc++;
                    break;
                case "dec":
                    acc--;
                    break;
                case "double":
                    acc *= 2;
                    break;
                case "print":
                    out.append(acc).append(' ');
                    break;
                case "reset":
                    acc = 0;
                default:
                    out.append('?');
            }
        }
        return out.append("final ").append(acc).toString();
    }

    static String nested(String a, String b) {
        switch (a) {
            case "x":
                switch (b) {
                    case "x": return "xx";
                    case "y": return "xy";
                    default: return "x?";
                }
            case "y":
                return switch (b) {
                    case "x" -> "yx";
                    default -> "y" + b;
                };
            default:
                return "??";
        }
    }

    public static void main(String[] args) {
        System.out.println(run(new String[] {"inc", "print", "inc2", "print", "double", "print", "dec", "print", "reset", "print", "nop", "inc2"}));
        String[] letters = {"x", "y", "z"};
        for (String a : letters) {
            for (String b : letters) System.out.print(nested(a, b) + " ");
        }
        System.out.println();
    }
}
