package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link CaseMapping} against the JDK's root-locale case conversion and case-insensitive
 * comparison. Like {@link CharacterDataTest}, only on Java 17, whose Unicode version the tables hold.
 */
class CaseMappingTest {
    /**
     * Code points that exercise special casing and surrogate pairs. No capital sigma: where its final
     * form applies, Java consults a word-boundary iterator whose idiosyncrasies (supplementary letters,
     * dashes, colons) {@link CaseMapping} only approximates; {@link #finalSigmaInOrdinaryText} covers it.
     * No unpaired surrogates either: Java's case-insensitive comparison realigns the two strings around
     * them in ways the specification leaves open.
     */
    private static final int[] ALPHABET = "aAzZ \u00df\u00ff\u00b5\u0130\u0131\u0149\u01f0\u01c4\u01c5\u01c6"
            .concat("\u03c3\u03c2\u0391\u03b1\u0390\u1f80\u1fb3\ufb00\ufb03'.:\u00b7\u2019\u0301\u02b0\u00ad-")
            .concat("\ud801\udc00\ud801\udc28\ud83d\ude00\ud800\udc00").codePoints().toArray();

    @BeforeEach
    void onJava17() {
        assumeTrue(Runtime.version().feature() == 17, "the tables are Unicode 13.0, the version of Java SE 17");
    }

    @Test
    void everyCodePointAlone() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String s = new String(Character.toChars(cp));
            assertEquals(s.toUpperCase(Locale.ROOT), CaseMapping.toUpperCase(s), () -> "upper " + Integer.toHexString(cp(s)));
            assertEquals(s.toLowerCase(Locale.ROOT), CaseMapping.toLowerCase(s), () -> "lower " + Integer.toHexString(cp(s)));
        }
    }

    @Test
    void randomStrings() {
        SplittableRandom random = new SplittableRandom(51);
        for (int i = 0; i < 200_000; i++) {
            String a = randomString(random);
            String b = random.nextInt(4) == 0 ? a.toUpperCase(Locale.ROOT) : randomString(random);
            assertEquals(a.toUpperCase(Locale.ROOT), CaseMapping.toUpperCase(a), a);
            assertEquals(a.toLowerCase(Locale.ROOT), CaseMapping.toLowerCase(a), a);
            assertEquals(Integer.signum(a.compareToIgnoreCase(b)), Integer.signum(CaseMapping.compareIgnoreCase(a, b)), a + " / " + b);
            int len = Math.min(a.length(), b.length());
            assertEquals(a.regionMatches(true, 0, b, 0, len), CaseMapping.regionMatchesIgnoreCase(a, 0, b, 0, len), a + " / " + b);
        }
    }

    @Test
    void finalSigmaInOrdinaryText() {
        String[] texts = {"\u039f\u0394\u039f\u03a3 \u039a\u0391\u0399 \u03a3\u0391\u03a3.", "\u03a3\u0391\u03a3, \u03a3\u0391\u03a3! (\u03a3\u0391\u03a3) "
            + "\u00ab\u03a3\u0391\u03a3\u00bb \u03a3\u0391\u03a3's", "\u03a3", "\u0391\u03a3", "\u0391\u03a3\u0391", "\u0391\u03a31", "1\u03a3",
            "\u0391\u03a3\u0301", "\u0391\u0301\u03a3", "\u0391\u03a3_\u0391", "\u0391\u03a3'\u0391", "\u0391\u03a3.\u0391", "\u0391'\u03a3", "A.\u03a3",
            "\u0391\u03a3\u00ad", "\u03a3\u0391\u03a3\n\u03a3\u0391\u03a3", "\u0391\u03a32\u0391", "\u0391\u03a3..\u0391",
            "\u1f48\u0394\u03a5\u03a3\u03a3\u0395\u038e\u03a3", "\u0391\u03a3\t\u0391", "\u0391\u03a3/\u0391", "\u0391\u03a3;",
            "\"\u0391\u03a3\""};
        for (String s : texts) {
            assertEquals(s.toLowerCase(Locale.ROOT), CaseMapping.toLowerCase(s), s);
        }
    }

    @Test
    void unchangedStringsAreReturnedAsIs() {
        String s = "ALREADY UPPER 123";
        assertEquals(true, CaseMapping.toUpperCase(s) == s);
        String t = "already lower 123";
        assertEquals(true, CaseMapping.toLowerCase(t) == t);
    }

    private static String randomString(SplittableRandom random) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(0, 8);
        for (int i = 0; i < n; i++) {
            sb.appendCodePoint(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }

    private static int cp(String s) {
        return s.codePointAt(0);
    }
}
