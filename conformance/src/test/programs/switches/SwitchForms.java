package switches;

/** Arrow-form switch statements and switch expressions (with yield) on int, char, byte, short and boxes. */
public class SwitchForms {
    static int score(char c) {
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u' -> 1;
            case 'z', 'q' -> 10;
            case 'x' -> 8;
            default -> {
                int base = c >= 'a' && c <= 'z' ? 2 : 0;
                yield base + (c == 'k' ? 3 : 0);
            }
        };
    }

    static String sizeOf(byte b) {
        switch (b) {
            case -128 -> { return "minByte"; }
            case 0 -> { return "zero"; }
            case 127 -> { return "maxByte"; }
            default -> { }
        }
        return b < 0 ? "negative" : "positive";
    }

    static int shortKey(short s) {
        return switch (s) {
            case -32768 -> 1;
            case 1000 -> 2;
            case 32767 -> 3;
            default -> 0;
        };
    }

    static String boxed(Integer n) {
        switch (n) {
            case 1: return "one";
            case 2: return "two";
            default: return "many";
        }
    }

    static int yieldStyle(int v) {
        int r = switch (v % 4) {
            case 0:
                yield v / 4;
            case 1:
            case -1:
                int t = v * 3;
                yield t + 1;
            case 2:
                yield -v;
            default:
                yield 0;
        };
        return r;
    }

    public static void main(String[] args) {
        String word = "quizzical knack";
        int total = 0;
        for (int i = 0; i < word.length(); i++) {
            int s = score(word.charAt(i));
            total += s;
            System.out.print(s);
        }
        System.out.println(" total " + total);
        byte[] bytes = {-128, -5, 0, 5, 127};
        for (byte b : bytes) {
            System.out.print(sizeOf(b) + " ");
        }
        System.out.println();
        short[] shorts = {-32768, -1, 1000, 32767};
        for (short s : shorts) {
            System.out.print(shortKey(s) + " ");
        }
        System.out.println();
        System.out.println(boxed(1) + " " + boxed(Integer.valueOf(2)) + " " + boxed(300));
        for (int v = -6; v <= 6; v++) {
            System.out.print(yieldStyle(v) + " ");
        }
        System.out.println();
        int nested = 0;
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                nested += switch (a) {
                    case 0 -> switch (b) { case 0 -> 1; case 1 -> 2; default -> 3; };
                    case 1 -> 10 * b;
                    default -> 100;
                };
            }
        }
        System.out.println("nested " + nested);
    }
}
