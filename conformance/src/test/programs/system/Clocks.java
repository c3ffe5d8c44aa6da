package system;

/** nanoTime never goes backwards and currentTimeMillis is after 2020; only comparisons are printed.
 * getenv is only asked for a variable nobody sets, since engines pass different environments. */
public class Clocks {
    public static void main(String[] args) {
        long start = System.nanoTime();
        long prev = start;
        boolean monotonic = true;
        long work = 0;
        for (int i = 0; i < 2000; i++) {
            work += i * (long) i % 7;
            long now = System.nanoTime();
            if (now < prev) monotonic = false;
            prev = now;
        }
        long end = System.nanoTime();
        System.out.println("work " + work);
        System.out.println("monotonic " + monotonic);
        System.out.println("elapsed non-negative " + (end - start >= 0));
        long millis = System.currentTimeMillis();
        System.out.println("after 2020 " + (millis > 1577836800000L));
        System.out.println("before 2200 " + (millis < 7258118400000L));
        long millis2 = System.currentTimeMillis();
        System.out.println("millis ordered " + (millis2 >= millis));
        System.out.println(System.getenv("KILN_SURELY_UNSET_VARIABLE_12345") == null);
    }
}
