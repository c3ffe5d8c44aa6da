package control_flow;

/** do-while runs its body at least once; continue jumps to the condition; digit and series loops. */
public class DoWhile {
    static int digits(int n) {
        int count = 0;
        do {
            count++;
            n /= 10;
        } while (n != 0);
        return count;
    }

    public static void main(String[] args) {
        int[] tests = {0, 7, 10, 99, 100, -12345, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int t : tests) {
            System.out.println(t + " has " + digits(t) + " digits");
        }
        int once = 0;
        do {
            once++;
        } while (false);
        System.out.println("once " + once);
        int k = 0;
        int odd = 0;
        do {
            k++;
            if (k % 2 == 0) continue;
            odd += k;
        } while (k < 15);
        System.out.println("odd sum " + odd);
        double term = 1;
        double sum = 0;
        int n = 0;
        do {
            sum += term;
            n++;
            term /= n;
        } while (term > 1e-15);
        System.out.println("e terms " + n + " sum bits " + Double.doubleToLongBits(sum));
        long a = 1071;
        long b = 462;
        do {
            long r = a % b;
            a = b;
            b = r;
            System.out.println("gcd step " + a + " " + b);
        } while (b != 0);
        System.out.println("gcd " + a);
        int outer = 0;
        do {
            int inner = 0;
            do {
                inner++;
            } while (inner < outer);
            System.out.print(inner);
            outer++;
        } while (outer < 6);
        System.out.println();
    }
}
