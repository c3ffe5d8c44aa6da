package casts;

/** instanceof and checkcast on array types: primitive arrays, covariant reference arrays and nested arrays. */
public class ArrayCasts {
    static class A {
    }

    static class B extends A implements Runnable {
        @Override public void run() { }
    }

    static String probe(Object o) {
        return (o instanceof Object[] ? "O" : "-") + (o instanceof A[] ? "A" : "-") + (o instanceof B[] ? "B" : "-")
                + (o instanceof Runnable[] ? "R" : "-") + (o instanceof int[] ? "i" : "-") + (o instanceof long[] ? "l" : "-")
                + (o instanceof int[][] ? "I" : "-") + (o instanceof Object[][] ? "2" : "-") + (o instanceof String[] ? "S" : "-")
                + (o instanceof Cloneable ? "c" : "-");
    }

    public static void main(String[] args) {
        Object[] samples = {new Object[1], new A[1], new B[1], new Runnable[1], new int[1], new long[1], new int[1][1],
                new A[1][1], new String[0], new char[2], new Object(), "not an array", new B()};
        for (int k = 0; k < samples.length; k++) {
            System.out.println(k + " " + probe(samples[k]));
        }
        Object o = new B[]{new B(), null};
        A[] as = (A[]) o;
        Runnable[] rs = (Runnable[]) o;
        Object[] os = (Object[]) o;
        B[] bs = (B[]) os;
        System.out.println(as.length + " " + (rs[0] == bs[0]) + " " + (os[1] == null));
        Object grid = new int[][]{{1, 2}, {3}};
        int[][] g = (int[][]) grid;
        Object[] rows = (Object[]) grid;
        int[] row = (int[]) rows[1];
        System.out.println(g[0][1] + " " + row[0] + " " + rows.length);
        Object nested = new String[][][]{{{"deep"}}};
        Object[][] two = (Object[][]) nested;
        Object[] one = (Object[]) two[0][0];
        System.out.println(one[0] + " " + (nested instanceof Object[][][]) + " " + (two[0] instanceof String[][]));
        Object nullArr = null;
        int[] none = (int[]) nullArr;
        System.out.println(none == null);
    }
}
