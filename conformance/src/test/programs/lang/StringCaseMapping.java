package lang;

import java.util.Locale;

/**
 * toUpperCase/toLowerCase of Latin, Greek, Cyrillic, Armenian and other text, with no locale, Locale.ROOT,
 * Locale.US, Locale.ENGLISH and the Turkish locale: sharp s, ligatures, final sigma, the dotted and dotless
 * i, title-case digraphs, equalsIgnoreCase across scripts, and Character's one-char mappings next to them.
 */
public class StringCaseMapping {
    static String codes(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(Integer.toHexString(s.charAt(i)));
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        Locale tr = new Locale("tr", "TR");
        String[] samples = {
            "Hello, World!", "stra\u00dfe", "\ufb01ne \ufb02ow", "\u039f\u0394\u03a5\u03a3\u03a3\u0395\u03a5\u03a3",
            "\u03bf\u03b4\u03c5\u03c3\u03c3\u03b5\u03c5\u03c2", "\u041f\u0440\u0438\u0432\u0435\u0442 \u043c\u0438\u0440",
            "\u0532\u0561\u0580\u0565\u0582", "Istanbul \u0130zmir \u0131\u015f\u0131k", "\u01c4\u01c5\u01c6 \u01c7\u01c8\u01c9",
            "\u00c0\u00c9\u00ce\u00d5\u00dc \u00e0\u00e9\u00ee\u00f5\u00fc", "\u0149 \u01f0", "MIXED case 123 \u00ff\u0178",
            "\u10d0\u10d1\u10d2", "\u0561\u0587"
        };
        for (String s : samples) {
            System.out.println(s + " | up=" + s.toUpperCase() + " low=" + s.toLowerCase()
                    + " | root up=" + s.toUpperCase(Locale.ROOT) + " low=" + s.toLowerCase(Locale.ROOT)
                    + " | us up=" + s.toUpperCase(Locale.US) + " | en low=" + s.toLowerCase(Locale.ENGLISH)
                    + " | tr up=" + s.toUpperCase(tr) + " low=" + s.toLowerCase(tr));
        }
        System.out.println("sharp s " + codes("\u00df".toUpperCase()) + " length " + "\u00df".toUpperCase().length());
        System.out.println("dotted I lower " + codes("\u0130".toLowerCase()) + " tr " + codes("\u0130".toLowerCase(tr)));
        System.out.println("i upper tr " + codes("i".toUpperCase(tr)) + " I lower tr " + codes("I".toLowerCase(tr)));
        System.out.println("final sigma " + "\u03a3\u0391\u03a3 \u03a3".toLowerCase());
        System.out.println("equalsIgnoreCase " + "stra\u00dfe".equalsIgnoreCase("STRASSE") + " "
                + "\u03a3\u03c3\u03c2".equalsIgnoreCase("\u03c3\u03a3\u03a3") + " " + "\u0130".equalsIgnoreCase("i")
                + " " + "\u041f\u0420\u0418".equalsIgnoreCase("\u043f\u0440\u0438"));
        char[] cs = {'a', 'Z', '\u00df', '\u01c5', '\u03c2', '\u0131', '\u0130', '\u00b5', '\u1e9e', '\u2160', '\u24d0'};
        for (char c : cs) {
            System.out.println(Integer.toHexString(c) + " up=" + Integer.toHexString(Character.toUpperCase(c))
                    + " low=" + Integer.toHexString(Character.toLowerCase(c)) + " title=" + Integer.toHexString(Character.toTitleCase(c))
                    + " isUp=" + Character.isUpperCase(c) + " isLow=" + Character.isLowerCase(c) + " isTitle=" + Character.isTitleCase(c));
        }
        int[] cps = {0x10400, 0x10428, 0x1d400, 0x1e900, 0x1e922};
        for (int cp : cps) {
            System.out.println(Integer.toHexString(cp) + " up=" + Integer.toHexString(Character.toUpperCase(cp))
                    + " low=" + Integer.toHexString(Character.toLowerCase(cp)) + " str up=" + codes(new String(Character.toChars(cp)).toUpperCase()));
        }
    }
}
