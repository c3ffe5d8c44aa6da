package method_refs;

/** References to static methods: own and library ones, overloads chosen by the target type, with adaptation. */
public class StaticRefs {
    interface IntOp { int apply(int x); }
    interface IntBin { int apply(int a, int b); }
    interface LongBin { long apply(long a, long b); }
    interface Parser { int parse(String s); }
    interface Fn<T, R> { R apply(T t); }
    interface DoubleOp { double apply(double d); }
    interface Printer { String print(long v, int radix); }

    static int square(int x) { return x * x; }
    static String twice(String s) { return s + s; }
    static long widened(long x) { return x + 1; }

    public static void main(String[] args) {
        IntOp sq = StaticRefs::square;
        IntOp abs = Math::abs;
        IntOp bits = Integer::bitCount;
        IntOp reverse = Integer::reverseBytes;
        for (int x : new int[] {0, 1, -1, 7, 255, -1000, Integer.MIN_VALUE}) {
            System.out.println(x + ": sq " + sq.apply(x) + " abs " + abs.apply(x) + " bits " + bits.apply(x) + " rev " + reverse.apply(x));
        }
        IntBin max = Math::max;
        IntBin min = Math::min;
        IntBin cmp = Integer::compare;
        IntBin floorMod = Math::floorMod;
        System.out.println("max " + max.apply(3, -9) + " min " + min.apply(3, -9) + " cmp " + cmp.apply(3, -9) + " floorMod " + floorMod.apply(-7, 3));
        LongBin lmax = Math::max;
        System.out.println("lmax " + lmax.apply(1L << 40, 5));
        Parser p = Integer::parseInt;
        System.out.println("parse " + p.parse("-12345") + " " + p.parse("0"));
        Fn<String, String> tw = StaticRefs::twice;
        Fn<Integer, String> hex = Integer::toHexString;
        Fn<Long, Long> widen = StaticRefs::widened;
        Fn<Integer, Long> widenInt = StaticRefs::widened;
        System.out.println(tw.apply("ab") + " " + hex.apply(48879) + " " + hex.apply(-1) + " " + widen.apply(9L) + " " + widenInt.apply(41));
        DoubleOp sqrt = Math::sqrt;
        DoubleOp floor = Math::floor;
        DoubleOp fromFloat = Math::abs;
        System.out.println("sqrt " + sqrt.apply(2.25) + " floor " + floor.apply(-1.5) + " abs " + fromFloat.apply(-0.125));
        Printer printer = Long::toString;
        System.out.println("radix " + printer.print(255, 2) + " " + printer.print(-255, 16) + " " + printer.print(123456789, 36));
        Fn<Character, Boolean> digit = Character::isDigit;
        Fn<Character, Boolean> letter = Character::isLetter;
        String text = "a1-Z9 ";
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            System.out.println("'" + c + "' digit " + digit.apply(c) + " letter " + letter.apply(c));
        }
        Fn<Object, String> valueOf = String::valueOf;
        System.out.println(valueOf.apply(null) + " " + valueOf.apply(true) + " " + valueOf.apply(2.5f));
    }
}
