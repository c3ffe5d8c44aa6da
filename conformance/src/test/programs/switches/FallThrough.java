package switches;

/** Fall-through between cases, default in the middle, shared bodies, and break inside loops in cases. */
@SuppressWarnings("fallthrough")
public class FallThrough {
    static String days(int month) {
        int d;
        switch (month) {
            case 2:
                d = 28;
                break;
            case 4:
            case 6:
            case 9:
            case 11:
                d = 30;
                break;
            default:
                d = 31;
        }
        return month + ":" + d;
    }

    static String cascade(int level) {
        StringBuilder sb = new StringBuilder();
        switch (level) {
            case 5: sb.append('e');
            case 4: sb.append('d');
            case 3: sb.append('c');
            default: sb.append('*');
            case 2: sb.append('b');
            case 1: sb.append('a');
        }
        return sb.toString();
    }

    static int loopInCase(int v) {
        int acc = 0;
        switch (v) {
            case 1:
                for (int i = 0; i < 10; i++) {
                    if (i == 4) break;
                    acc += i;
                }
                // falls into case 2 on purpose
            case 2:
                acc += 100;
                break;
            case 3:
                int k = 0;
                while (true) {
                    k++;
                    if (k > 5) break;
                }
                acc = k;
                break;
        }
        return acc;
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int m = 1; m <= 12; m++) {
            sb.append(days(m)).append(' ');
        }
        System.out.println(sb);
        for (int l = 0; l <= 6; l++) {
            System.out.println(l + " " + cascade(l));
        }
        System.out.println(loopInCase(1) + " " + loopInCase(2) + " " + loopInCase(3) + " " + loopInCase(4));
        int x = 0;
        for (int i = 0; i < 6; i++) {
            switch (i) {
                case 0:
                case 1:
                    x += 1;
                case 2:
                    x *= 2;
                    continue;
                case 3:
                    x -= 1;
            }
            x += 1000;
        }
        System.out.println("x " + x);
    }
}
