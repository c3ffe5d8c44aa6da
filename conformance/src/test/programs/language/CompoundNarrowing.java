package language;

// kiln:release=8

/**
 * Compound assignment narrows its result to the variable's type ({@code byte b += 200}, {@code char c *= 3},
 * {@code short s >>>= 1}), computes in the promoted type first (int, long, float or double, so
 * {@code int i += 1.7} truncates and {@code long l += 0.5f} loses precision in float), and evaluates the
 * variable's array and index once; the same on locals, instance and static fields and array elements,
 * increments on elements and fields of boxes, and {@code +=} on String fields and elements (null becomes "null").
 */
public class CompoundNarrowing {
    static byte sb = 10;
    static short ss = 1000;
    static String sstr;
    byte fb = -100;
    char fc = 'z';
    long fl = (1L << 40) + 1;
    String fstr;
    static final StringBuilder LOG = new StringBuilder();

    static int n(int v) {
        return v;
    }

    static int idx(int v) {
        LOG.append("idx").append(v).append(' ');
        return v;
    }

    static CompoundNarrowing target(CompoundNarrowing o) {
        LOG.append("target ");
        return o;
    }

    public static void main(String[] args) {
        byte b = (byte) n(100);
        b += 200;
        System.out.print("byte += 200: " + b);
        b -= 300;
        System.out.print(" -= 300: " + b);
        b *= 3;
        System.out.print(" *= 3: " + b);
        b = (byte) n(-128);
        b /= -1;
        System.out.print(" -128 /= -1: " + b);
        b >>>= 1;
        System.out.print(" >>>= 1: " + b);
        b <<= 5;
        System.out.print(" <<= 5: " + b);
        b += 'a';
        System.out.println(" += 'a': " + b);

        short s = (short) n(-1);
        s >>>= 1;
        System.out.print("short -1 >>>= 1: " + s);
        s >>>= 17;
        System.out.print(" >>>= 17: " + s);
        s = (short) n(-32768);
        s--;
        System.out.print(" -32768--: " + s);
        s += 70000;
        System.out.print(" += 70000: " + s);
        s *= s;
        System.out.println(" *= itself: " + s);

        char c = (char) n('z');
        c *= 3;
        System.out.print("char 'z' *= 3: " + (int) c);
        c += 65535;
        System.out.print(" += 65535: " + (int) c);
        c -= 'a';
        System.out.print(" -= 'a': " + (int) c + " " + c);
        c <<= 12;
        System.out.print(" <<= 12: " + (int) c);
        c >>= 3;
        System.out.print(" >>= 3: " + (int) c);
        c = (char) n(0);
        c--;
        System.out.print(" 0--: " + (int) c);
        c += 1.5;
        System.out.println(" += 1.5: " + (int) c);

        int i = n(10);
        i += 1.7;
        System.out.print("int += 1.7: " + i);
        i *= 2.5;
        System.out.print(" *= 2.5: " + i);
        i -= 0.1;
        System.out.print(" -= 0.1: " + i);
        i /= 0.3;
        System.out.print(" /= 0.3: " + i);
        i += Double.NaN;
        System.out.print(" += NaN: " + i);
        i += 1e20;
        System.out.print(" += 1e20: " + i);
        i -= Float.POSITIVE_INFINITY;
        System.out.print(" -= inf: " + i);
        i = n(Integer.MAX_VALUE);
        i += 1L;
        System.out.print(" MAX += 1L: " + i);
        i += 1L << 32;
        System.out.println(" += 1L<<32: " + i);

        long l = (1L << 40) + n(1);
        l += 0.5f;
        System.out.print("long (2^40+1) += 0.5f: " + l);
        l = Long.MAX_VALUE - n(1);
        l *= 1.0;
        System.out.print(" (MAX-1) *= 1.0: " + l);
        l = n(-7);
        l >>>= 60;
        System.out.println(" -7 >>>= 60: " + l);
        float f = 0.1f;
        f += 0.2;
        System.out.println("float 0.1f += 0.2: " + Float.floatToIntBits(f) + " vs 0.1f+0.2f " + Float.floatToIntBits(0.1f + (float) n(0) + 0.2f));

        sb += 250;
        ss *= 40;
        CompoundNarrowing o = new CompoundNarrowing();
        target(o).fb -= 100;
        target(o).fc += 1000;
        target(o).fl += 0.5f;
        System.out.println("fields " + sb + " " + ss + " " + o.fb + " " + (int) o.fc + " " + o.fl + " log " + LOG);
        LOG.setLength(0);
        byte[] ba = {(byte) n(127), 0, -128};
        char[] ca = {'\uffff', 'a'};
        short[] sa = {(short) n(-1), 0};
        ba[idx(0)] += 200;
        ba[idx(2)]--;
        ca[idx(0)]++;
        ca[idx(1)] *= 1000;
        sa[idx(0)] >>>= 4;
        System.out.println("arrays " + ba[0] + " " + ba[2] + " " + (int) ca[0] + " " + (int) ca[1] + " " + sa[0] + " log " + LOG);

        int[] a = {1, 2, 3, 4, 5};
        int k = n(0);
        a[k++] += k;
        a[k] = k++ + a[k];
        a[++k] -= a[k--] * 10;
        a[k++] = a[k++] = k;
        System.out.println("a " + a[0] + " " + a[1] + " " + a[2] + " " + a[3] + " " + a[4] + " k " + k);
        int post = a[n(4)]++ + a[n(4)]++;
        int pre = ++o.fb + o.fb++ + --o.fb;
        System.out.println("post " + post + " a[4] " + a[4] + " pre " + pre + " fb " + o.fb);
        Character boxC = (char) n(0xffff);
        boxC++;
        Short boxS = (short) n(32767);
        boxS++;
        Byte boxB = (byte) n(-128);
        boxB--;
        Integer boxI = n(Integer.MAX_VALUE);
        Integer same = boxI;
        boxI++;
        System.out.println("boxes " + (int) boxC + " " + boxS + " " + boxB + " " + boxI + " old " + same);

        o.fstr += 1 + 2;
        sstr += 'c' + 1;
        sstr += 'c';
        sstr += (String) null;
        o.fstr += o.fstr;
        String[] strs = {"x", null, "z"};
        int j = n(0);
        strs[j++] += j;
        strs[j++] += 'q';
        strs[j] += 1.5f + "" + 2L;
        System.out.println("strings " + o.fstr + " " + sstr + " " + strs[0] + " " + strs[1] + " " + strs[2]);
    }
}
