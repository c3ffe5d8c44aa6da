package regex;

// kiln:pending jdk=25 reason="JDK 25's java.util.regex reaches streams (fork/join) through Locale, docs/CLASS-LIBRARY.md Status"

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Character classes: ranges, negation, union and intersection, predefined classes, POSIX, java.lang.Character
 * and Unicode properties (categories, scripts, blocks), escapes, supplementary characters.
 */
public class CharacterClasses {
    static final String SAMPLE = "aZ9_ \t\n-é Ω Σ ж 中 ٣ ½ $€ ¢ ( ) , . ! ? \u00a0 \u2003 \u200b ǅ ʰ \ud835\udc00 \ud83d\ude00 \u0301 \u0007";

    static void classify(String regex) {
        classify(regex, 0);
    }

    static void classify(String regex, int flags) {
        try {
            Matcher m = Pattern.compile(regex, flags).matcher(SAMPLE);
            StringBuilder sb = new StringBuilder(regex + (flags != 0 ? " /" + flags : "") + ":");
            while (m.find()) {
                for (int i = 0; i < m.group().length(); ) {
                    int cp = m.group().codePointAt(i);
                    sb.append(' ').append(Integer.toHexString(cp));
                    i += Character.charCount(cp);
                }
            }
            System.out.println(sb);
        } catch (RuntimeException e) {
            System.out.println(regex + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String[] classes = {"[a-z]", "[^a-z]", "[a-zA-Z0-9]", "[a-z&&[^aeiou]]", "[\\w&&[^\\d]]", "[a-c[x-z]]", "[-a]", "[a-]",
                "[]a]", "[\\^]", "[\\]\\\\]", "\\d", "\\D", "\\w", "\\W", "\\s", "\\S", "\\h", "\\H", "\\v", "\\V", "\\R", ".",
                "\\p{Lower}", "\\p{Upper}", "\\p{ASCII}", "\\p{Alpha}", "\\p{Digit}", "\\p{Alnum}", "\\p{Punct}", "\\p{Graph}",
                "\\p{Print}", "\\p{Blank}", "\\p{Cntrl}", "\\p{XDigit}", "\\p{Space}", "\\p{javaLowerCase}", "\\p{javaUpperCase}",
                "\\p{javaWhitespace}", "\\p{javaMirrored}", "\\p{javaLetterOrDigit}", "\\p{javaJavaIdentifierStart}",
                "\\p{javaIdentifierIgnorable}", "\\p{javaTitleCase}", "\\p{javaSpaceChar}", "\\p{javaDefined}",
                "\\p{L}", "\\p{Lu}", "\\p{Ll}", "\\p{Lt}", "\\p{Lm}", "\\p{Lo}", "\\p{IsL}", "\\p{N}", "\\p{Nd}", "\\p{No}",
                "\\p{P}", "\\p{Ps}", "\\p{Pe}", "\\p{Po}", "\\p{Pd}", "\\p{S}", "\\p{Sc}", "\\p{Sm}", "\\p{Z}", "\\p{Zs}",
                "\\p{C}", "\\p{Cc}", "\\p{Cf}", "\\p{M}", "\\p{Mn}", "\\P{L}", "\\p{general_category=Lu}", "\\p{gc=Nd}",
                "\\p{IsAlphabetic}", "\\p{IsLetter}", "\\p{IsIdeographic}", "\\p{IsWhite_Space}", "\\p{IsPunctuation}",
                "\\p{IsUppercase}", "\\p{IsLowercase}", "\\p{IsTitlecase}", "\\p{IsDigit}", "\\p{IsHex_Digit}",
                "\\p{IsControl}", "\\p{IsAssigned}", "\\p{IsNoncharacter_Code_Point}", "\\p{IsJoin_Control}",
                "\\p{IsLatin}", "\\p{IsGreek}", "\\p{IsCyrillic}", "\\p{IsHan}", "\\p{IsArabic}", "\\p{script=Common}",
                "\\p{sc=Latn}", "\\p{InBasicLatin}", "\\p{InGreek}", "\\p{InCJKUnifiedIdeographs}", "\\p{block=Cyrillic}",
                "\\p{blk=Latin-1 Supplement}", "\\p{InMathematical_Alphanumeric_Symbols}", "[\\p{L}&&\\p{IsLatin}]",
                "[^\\p{L}\\p{N}\\s]", "\\x41", "\\x{1F600}", "\\u00e9", "\\0101", "\\t", "\\cG", "\\e", "[\\x{10000}-\\x{10FFFF}]",
                "\\Q.\\E", "\\p{Unknown}", "\\p{IsFoo}", "\\p{InFoo}", "[z-a]", "\\x{110000}", "[a", "\\p{", "\\p{L"};
        for (String c : classes) {
            classify(c);
        }
        classify("\\w", Pattern.UNICODE_CHARACTER_CLASS);
        classify("\\d", Pattern.UNICODE_CHARACTER_CLASS);
        classify("\\s", Pattern.UNICODE_CHARACTER_CLASS);
        classify("\\b\\w+\\b", Pattern.UNICODE_CHARACTER_CLASS);
        classify("\\p{Alpha}", Pattern.UNICODE_CHARACTER_CLASS);
        classify("\\p{Punct}", Pattern.UNICODE_CHARACTER_CLASS);
        classify("(?U)\\p{Lower}");
        classify("[a-zé]", Pattern.CASE_INSENSITIVE);
        classify("[a-zé]", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        classify("\\p{Lu}", Pattern.CASE_INSENSITIVE);
        System.out.println("\ud83d\ude00".matches(".") + " " + "\ud83d\ude00".matches("..") + " " + "\ud83d\ude00".matches("\\x{1F600}")
                + " " + "\ud83d".matches(".") + " " + "\ud835\udc00".matches("\\p{Lu}"));
        System.out.println(Character.getType('a') + " " + Character.getType(0x1F600) + " " + Character.isAlphabetic('ǅ')
                + " " + Character.isIdeographic('中') + " " + Character.isMirrored('(') + " " + Character.isJavaIdentifierStart('$')
                + " " + Character.isUnicodeIdentifierPart('\u00b7') + " " + Character.UnicodeScript.of('ж')
                + " " + Character.UnicodeBlock.of('Ω') + " " + Character.isDefined(0x378));
        int[] scripts = {'a', 0x3a9, 0x4e2d, 0x663, '1', 0x378, 0x10ffff, 0xe000, 0x1F600, 0x10000};
        for (int cp : scripts) {
            System.out.println(Integer.toHexString(cp) + " " + Character.UnicodeScript.of(cp) + " " + Character.UnicodeBlock.of(cp));
        }
        for (int cp : new int[] {-1, 0x110000, Integer.MIN_VALUE}) {
            try {
                Character.UnicodeScript.of(cp);
            } catch (IllegalArgumentException e) {
                System.out.println("UnicodeScript.of: " + e.getMessage());
            }
            try {
                Character.UnicodeBlock.of(cp);
            } catch (IllegalArgumentException e) {
                System.out.println("UnicodeBlock.of: " + e.getMessage());
            }
        }
        System.out.println(Character.UnicodeScript.forName("latin") + " " + Character.UnicodeScript.forName("Cyrl")
                + " " + Character.UnicodeBlock.forName("Basic Latin") + " " + Character.UnicodeBlock.forName("GREEK"));
    }
}
