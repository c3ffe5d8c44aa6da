package compare;

/** if_acmpeq/if_acmpne and ifnull/ifnonnull on objects, arrays and strings. */
public class ReferenceCompare {
    static class Box {
        int v;
        Box(int v) { this.v = v; }
        @Override
        public boolean equals(Object o) {
            return o instanceof Box && ((Box) o).v == v;
        }
        @Override
        public int hashCode() { return v; }
    }

    static Object pick(boolean first, Object a, Object b) { return first ? a : b; }

    public static void main(String[] args) {
        Box a = new Box(1);
        Box b = new Box(1);
        Box c = a;
        System.out.println((a == b) + " " + a.equals(b) + " " + (a == c) + " " + (a != b));
        Object n = null;
        System.out.println((n == null) + " " + (a == null) + " " + (null == n) + " " + (a != null));
        Object p = pick(true, a, b);
        System.out.println((p == a) + " " + (p == b));
        int[] arr1 = new int[2];
        int[] arr2 = new int[2];
        Object arrObj = arr1;
        System.out.println((arr1 == arr2) + " " + (arrObj == arr1));
        String s1 = "kiln";
        String s2 = "kiln";
        String s3 = new String(s1.toCharArray());
        System.out.println((s1 == s2) + " " + (s1 == s3) + " " + s1.equals(s3));
        Object[] objs = {a, b, null, c, s1, s3};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < objs.length; i++) {
            for (int j = 0; j < objs.length; j++) {
                sb.append(objs[i] == objs[j] ? '1' : '0');
            }
            sb.append(' ');
        }
        System.out.println(sb);
        Box found = null;
        Box[] boxes = {new Box(3), new Box(5), new Box(8)};
        for (Box bx : boxes) {
            if (bx.v > 4 && found == null) {
                found = bx;
            }
        }
        System.out.println(found != null ? "found " + found.v : "none");
        System.out.println(a.hashCode() == b.hashCode());
    }
}
