package arith_int;

/** iinc with small and wide constants, pre/post increment in expressions, compound assignment narrowing. */
public class IntIncrements {
    static int counter;
    int field;

    public static void main(String[] args) {
        int i = 0;
        i++;
        i += 127;
        System.out.println(i);
        i += 128;
        System.out.println(i);
        i -= 32768;
        System.out.println(i);
        i += 100000;
        System.out.println(i);
        int j = 5;
        int k = j++ + ++j;
        System.out.println("j=" + j + " k=" + k);
        k = j-- - --j;
        System.out.println("j=" + j + " k=" + k);
        int m = 10;
        m = m++;
        System.out.println("m=" + m);
        m += m++ + ++m;
        System.out.println("m=" + m);

        byte b = 120;
        for (int n = 0; n < 5; n++) {
            b += 3;
            System.out.println("byte " + b);
        }
        short s = 32760;
        s += 10;
        System.out.println("short " + s);
        s *= 3;
        System.out.println("short " + s);
        char c = 'a';
        c += 5;
        System.out.println("char " + c + " " + (int) c);
        c++;
        c++;
        System.out.println("char " + c + " " + (int) c);
        char z = 0;
        z--;
        System.out.println("char 0-- = " + (int) z);
        b = -128;
        b--;
        System.out.println("byte -128-- = " + b);
        b >>= 1;
        System.out.println("byte >>=1 = " + b);
        b = -1;
        b >>>= 4;
        System.out.println("byte -1 >>>= 4 = " + b);

        counter += 3;
        counter++;
        ++counter;
        System.out.println("static " + counter);
        IntIncrements o = new IntIncrements();
        o.field = Integer.MAX_VALUE;
        o.field++;
        System.out.println("field " + o.field);
        int[] arr = new int[3];
        arr[1]++;
        arr[1] += 10;
        arr[2]--;
        arr[0] = arr[1]++ * 2;
        System.out.println(arr[0] + " " + arr[1] + " " + arr[2]);
        long total = 0;
        for (int q = 0; q < 1000; q += 7) {
            total += q;
        }
        System.out.println(total);
    }
}
