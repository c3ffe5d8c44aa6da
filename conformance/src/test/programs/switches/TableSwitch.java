package switches;

/** Dense case labels compile to tableswitch: in range, below, above, negative ranges, and default. */
public class TableSwitch {
    static String name(int d) {
        switch (d) {
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 4: return "four";
            case 5: return "five";
            case 6: return "six";
            case 7: return "seven";
            case 8: return "eight";
            case 9: return "nine";
            default: return "?";
        }
    }

    static int negativeRange(int v) {
        switch (v) {
            case -3: return 30;
            case -2: return 20;
            case -1: return 10;
            case 0: return 0;
            case 1: return -10;
            case 3: return -30;
            default: return 999;
        }
    }

    static int withHoles(int v) {
        int r;
        switch (v) {
            case 10: r = 1; break;
            case 11: r = 2; break;
            case 13: r = 3; break;
            case 14: r = 4; break;
            case 16: r = 5; break;
            default: r = -1;
        }
        return r;
    }

    static String noDefault(int v) {
        String s = "none";
        switch (v) {
            case 100: s = "hundred"; break;
            case 101: s = "hundred-one"; break;
            case 102: s = "hundred-two"; break;
        }
        return s;
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int d = -2; d <= 11; d++) {
            sb.append(name(d)).append(' ');
        }
        System.out.println(sb);
        for (int v = -5; v <= 4; v++) {
            System.out.print(negativeRange(v) + " ");
        }
        System.out.println();
        for (int v = 8; v <= 18; v++) {
            System.out.print(withHoles(v) + " ");
        }
        System.out.println();
        System.out.println(noDefault(99) + " " + noDefault(100) + " " + noDefault(102) + " " + noDefault(103));
        System.out.println(name(Integer.MIN_VALUE) + " " + name(Integer.MAX_VALUE));
        System.out.println(negativeRange(Integer.MIN_VALUE) + " " + withHoles(Integer.MAX_VALUE));
        int total = 0;
        for (int k = 0; k < 1000; k++) {
            switch (k % 7) {
                case 0: total += 1; break;
                case 1: total += 10; break;
                case 2: total += 100; break;
                case 3: total -= 5; break;
                case 4: total *= 1; break;
                case 5: total ^= 3; break;
                case 6: total += k; break;
            }
        }
        System.out.println("total " + total);
    }
}
