package io;

import java.util.Scanner;

/** Scanner over System.in: a count, then that many integers, then words and a final line. */
public class StdinScanner {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt();
        long sum = 0;
        for (int i = 0; i < n; i++) {
            int v = in.nextInt();
            sum += v;
            System.out.println("value " + v);
        }
        System.out.println("sum " + sum);
        System.out.println("double " + in.nextDouble() + " boolean " + in.nextBoolean());
        System.out.println("rest of line [" + in.nextLine() + "]");
        while (in.hasNextLine()) {
            String line = in.nextLine();
            System.out.println("line [" + line + "]");
        }
        System.out.println("hasNext " + in.hasNext());
    }
}
