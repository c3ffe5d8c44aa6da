package lang;

import java.util.Objects;

/**
 * System services whose results the JVM and Kiln share: the separator properties and lineSeparator(),
 * getProperty with defaults, setProperty/clearProperty of a program's own key, getenv of a missing
 * variable, identityHashCode's consistency (compared, never printed; 0 for null), and nanoTime and
 * currentTimeMillis being monotonic (compared, never printed).
 */
public class SystemBasics {
    public static void main(String[] args) {
        System.out.println("line.separator " + System.getProperty("line.separator").equals("\n") + " lineSeparator " + System.lineSeparator().equals("\n"));
        System.out.println("file.separator " + System.getProperty("file.separator") + " path.separator " + System.getProperty("path.separator"));
        System.out.println("missing " + System.getProperty("kiln.missing.key") + " default " + System.getProperty("kiln.missing.key", "dflt"));
        System.out.println("set " + System.setProperty("kiln.test.key", "v1") + " get " + System.getProperty("kiln.test.key")
                + " replace " + System.setProperty("kiln.test.key", "v2") + " clear " + System.clearProperty("kiln.test.key")
                + " after " + System.getProperty("kiln.test.key"));
        try {
            System.getProperty("");
        } catch (IllegalArgumentException e) {
            System.out.println("empty key: " + e.getMessage());
        }
        try {
            System.getProperty(null);
        } catch (NullPointerException e) {
            System.out.println("null key: " + e.getMessage());
        }
        System.out.println("getenv missing " + System.getenv("KILN_SURELY_NOT_SET_ANYWHERE_12345"));
        Object a = new Object();
        Object b = new Object();
        int ha = System.identityHashCode(a);
        System.out.println("identity consistent " + (ha == System.identityHashCode(a)) + " equals hashCode " + (ha == a.hashCode())
                + " null " + System.identityHashCode(null) + " distinct objects equal " + a.equals(b));
        String s = "text";
        System.out.println("string identity vs hash " + (System.identityHashCode(s) == System.identityHashCode(s)) + " hashCode " + s.hashCode());
        long n0 = System.nanoTime();
        long sum = 0;
        for (int i = 0; i < 100000; i++) {
            sum += i;
        }
        long n1 = System.nanoTime();
        long m0 = System.currentTimeMillis();
        long m1 = System.currentTimeMillis();
        System.out.println("nanoTime monotonic " + (n1 >= n0) + " millis monotonic " + (m1 >= m0) + " after 2020 " + (m0 > 1577836800000L) + " sum " + sum);
        System.out.println("Objects.hash " + Objects.hash(1, "a", null) + " hashCode null " + Objects.hashCode(null));
        System.out.println("Runtime same " + (Runtime.getRuntime() == Runtime.getRuntime()) + " processors positive " + (Runtime.getRuntime().availableProcessors() > 0));
    }
}
