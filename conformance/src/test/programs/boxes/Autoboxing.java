package boxes;

/** Boxing and unboxing conversions in assignments, arithmetic, comparisons, arrays and method calls. */
public class Autoboxing {
    static int sum(Integer a, Integer b) { return a + b; }

    static Object echo(Object o) { return o; }

    static long widen(long v) { return v; }

    public static void main(String[] args) {
        Integer a = 5;
        int b = a;
        Integer c = a + b;
        c++;
        c += 10;
        System.out.println(a + " " + b + " " + c + " " + sum(c, 4) + " " + sum(1, 2));
        Long l = 10L;
        l = l * 3 + a;
        Double d = 2.5;
        d /= 2;
        Float f = 1.5f;
        Character ch = 'x';
        ch++;
        Boolean flag = !Boolean.valueOf(false);
        Byte by = (byte) 200;
        Short sh = (short) -2;
        System.out.println(l + " " + d + " " + f + " " + ch + " " + flag + " " + by + " " + sh);
        System.out.println(echo(7) instanceof Integer);
        System.out.println(echo(7L) instanceof Long);
        System.out.println(echo('7') instanceof Character);
        System.out.println(echo(7.0f) instanceof Float);
        System.out.println(widen(a));
        Integer[] boxesArr = {1, 2, 3, null};
        int total = 0;
        for (Integer x : boxesArr) {
            if (x != null) total += x;
        }
        System.out.println("total " + total);
        Integer big1 = 1000;
        Integer big2 = 1000;
        System.out.println(big1.equals(big2) + " " + (big1.intValue() == big2) + " " + (big1 <= big2) + " " + (big1 >= big2));
        Object o = true ? 1 : "s";
        System.out.println(o + " " + (o instanceof Integer));
        Integer nine = 9;
        Long nineL = 9L;
        System.out.println(nine.equals(9) + " " + nineL.equals(9) + " " + nineL.equals(9L) + " " + (nineL == 9));
        Double nz = -0.0;
        Double pz = 0.0;
        Double nan1 = Double.NaN;
        System.out.println(nz.equals(pz) + " " + (nz.doubleValue() == pz) + " " + nan1.equals(Double.NaN) + " " + (nan1 == nan1.doubleValue()));
        Character c1 = 'a';
        int code = c1 + 1;
        System.out.println(code + " " + (char) code + " " + c1.charValue());
        Integer counter = 0;
        for (int k = 0; k < 300; k++) {
            counter++;
        }
        System.out.println(counter);
        System.out.println(a.intValue() + " " + a.longValue() + " " + a.doubleValue() + " " + a.floatValue() + " " + a.byteValue() + " "
                + a.shortValue() + " " + Integer.valueOf(300).byteValue() + " " + d.intValue() + " " + l.intValue());
    }
}
