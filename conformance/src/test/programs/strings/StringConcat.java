package strings;

/** String concatenation with every operand type, null, mixed arithmetic, compound += and long chains. */
public class StringConcat {
    static class Thing {
        final int n;
        Thing(int n) { this.n = n; }
        @Override public String toString() { return "Thing#" + n; }
    }

    public static void main(String[] args) {
        boolean z = true;
        byte b = -8;
        short s = 1234;
        char c = 'c';
        int i = -42;
        long l = 1L << 40;
        float f = 0.25f;
        double d = 1e-3;
        String str = "str";
        String nullStr = null;
        Object nullObj = null;
        Object thing = new Thing(7);
        Integer boxed = 99;
        System.out.println("z=" + z + " b=" + b + " s=" + s + " c=" + c + " i=" + i + " l=" + l + " f=" + f + " d=" + d);
        System.out.println("str=" + str + " null=" + nullStr + " nullObj=" + nullObj + " thing=" + thing + " boxed=" + boxed);
        System.out.println(c + c + "|" + c + c + "|" + (char) (c + 1));
        System.out.println(1 + 2 + "3" + 4 + 5);
        System.out.println("" + Long.MIN_VALUE + Integer.MIN_VALUE + Short.MIN_VALUE + Byte.MIN_VALUE);
        System.out.println("" + Float.MAX_VALUE + " " + Double.MIN_VALUE + " " + (0.1 + 0.2) + " " + (1.0f / 3));
        System.out.println("" + (float) 1e10 + " " + 1e21 + " " + 1e-5 + " " + 100.0 + " " + 1234567.0 + " " + 0.00001f);
        System.out.println("nan " + (0.0 / 0) + " inf " + (1 / 0.0) + " -0 " + (-0.0) + " -0f " + (-0.0f));
        System.out.println(nullStr + nullStr);
        System.out.println(nullObj + "!" + null);
        String acc = "";
        for (int k = 0; k < 5; k++) {
            acc += k;
            acc += ',';
        }
        acc += 1.5;
        acc += true;
        acc += nullStr;
        System.out.println(acc);
        String built = str;
        built += built;
        built += built;
        System.out.println(built + " " + built.length());
        System.out.println(str + 1 + 1 + " vs " + str + (1 + 1));
        char[] chars = {'x', 'y'};
        System.out.println(String.valueOf(chars) + new String(chars) + chars.length);
        String many = "a" + b + "b" + s + "c" + c + "d" + i + "e" + l + "f" + f + "g" + d + "h" + z + "i" + thing + "j" + nullObj
                + "k" + boxed + "l" + str + "m" + nullStr + "n";
        System.out.println(many);
        System.out.println(many.length());
        String unicode = "caf\u00e9 \u00fcber \u4e2d";
        System.out.println(unicode + " " + unicode.length());
    }
}
