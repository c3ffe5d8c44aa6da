package dev.kiln.runtime;

/**
 * {@code String.toUpperCase()} and {@code String.toLowerCase()} with the full, locale-independent Unicode
 * 13.0 mappings, as Java's root locale applies them: {@code "ß"} becomes {@code "SS"}, {@code "ŉ"} becomes
 * {@code "ʼN"}, {@code "İ"} becomes {@code "i̇"}, and a capital sigma becomes the final form {@code ς} at the
 * end of a word (see {@link #isFinal}). The {@code turkic} forms add the rules of Turkish and Azeri for the
 * dotted and dotless i: {@code 'i'} upper-cases to {@code 'İ'}, {@code 'İ'} lower-cases to {@code 'i'},
 * {@code 'I'} to {@code 'ı'}, and {@code "I\u0307"} to {@code "i"} (the dot above must follow the I
 * directly: Java also looks past combining marks of other classes, which Kiln has no data for).
 */
public final class CaseMapping {
    private static final int CAPITAL_SIGMA = 0x03A3;
    private static final char SMALL_SIGMA = '\u03C3';
    private static final char FINAL_SIGMA = '\u03C2';
    private static final int CAPITAL_I_WITH_DOT = 0x0130;
    private static final char DOTLESS_I = '\u0131';
    private static final char COMBINING_DOT_ABOVE = '\u0307';
    private static final int SPECIAL_RECORD = 4;

    private CaseMapping() {
    }

    /** {@code s} in upper case; {@code s} itself if nothing changes. */
    public static String toUpperCase(String s) {
        return toUpperCase(s, false);
    }

    /** {@code s} in upper case, with the Turkic rules if {@code turkic}; {@code s} itself if nothing changes. */
    public static String toUpperCase(String s, boolean turkic) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c < 0x80 ? c >= 'a' && c <= 'z' : Character.isSurrogate(c) || upper(c) != c || special(c) >= 0) {
                break;
            }
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n + 16).append(s, 0, i);
        while (i < n) {
            int cp = s.codePointAt(i);
            int record = special(cp);
            if (turkic && cp == 'i') {
                sb.append((char) CAPITAL_I_WITH_DOT);
            } else if (record >= 0) {
                for (int j = 1; j < SPECIAL_RECORD && UnicodeTables.UPPER_SPECIAL.charAt(record + j) != 0; j++) {
                    sb.append(UnicodeTables.UPPER_SPECIAL.charAt(record + j));
                }
            } else {
                sb.appendCodePoint(upper(cp));
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** {@code s} in lower case; {@code s} itself if nothing changes. */
    public static String toLowerCase(String s) {
        return toLowerCase(s, false);
    }

    /** {@code s} in lower case, with the Turkic rules if {@code turkic}; {@code s} itself if nothing changes. */
    public static String toLowerCase(String s, boolean turkic) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isSurrogate(c) || lower(c) != c) {
                break;
            }
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n + 16).append(s, 0, i);
        while (i < n) {
            int cp = s.codePointAt(i);
            if (turkic && cp == 'I') {
                boolean dot = i + 1 < n && s.charAt(i + 1) == COMBINING_DOT_ABOVE;
                sb.append(dot ? 'i' : DOTLESS_I);
                i += dot ? 2 : 1;
                continue;
            } else if (turkic && cp == CAPITAL_I_WITH_DOT) {
                sb.append('i');
            } else if (cp == CAPITAL_I_WITH_DOT) {
                sb.append('i').append(COMBINING_DOT_ABOVE);
            } else if (cp == CAPITAL_SIGMA) {
                sb.append(isFinal(s, i) ? FINAL_SIGMA : SMALL_SIGMA);
            } else {
                sb.appendCodePoint(lower(cp));
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /**
     * {@code String.compareToIgnoreCase}: the first difference after folding each code point with
     * {@code toLowerCase(toUpperCase(cp))}, or the length difference.
     */
    public static int compareIgnoreCase(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int k = 0; k < n; k++) {
            if (a.charAt(k) == b.charAt(k)) {
                continue;
            }
            int f1 = fold(codePointAround(a, k, 0, a.length()));
            int f2 = fold(codePointAround(b, k, 0, b.length()));
            if (f1 != f2) {
                return f1 - f2;
            }
            if (f1 >= Character.MIN_SUPPLEMENTARY_CODE_POINT && Character.isHighSurrogate(a.charAt(k))) {
                k++;
            }
        }
        return a.length() - b.length();
    }

    /**
     * Whether {@code a[aOffset, aOffset + len)} and {@code b[bOffset, bOffset + len)}, which must be in
     * bounds, are equal after folding each code point as {@link #compareIgnoreCase} does.
     */
    public static boolean regionMatchesIgnoreCase(String a, int aOffset, String b, int bOffset, int len) {
        for (int k = 0; k < len; k++) {
            if (a.charAt(aOffset + k) == b.charAt(bOffset + k)) {
                continue;
            }
            int f1 = fold(codePointAround(a, aOffset + k, aOffset, aOffset + len));
            int f2 = fold(codePointAround(b, bOffset + k, bOffset, bOffset + len));
            if (f1 != f2) {
                return false;
            }
            if (f1 >= Character.MIN_SUPPLEMENTARY_CODE_POINT && Character.isHighSurrogate(a.charAt(aOffset + k))) {
                k++;
            }
        }
        return true;
    }

    /**
     * The code point that the char at {@code i} belongs to within {@code [start, end)}: the pair it
     * starts or ends, or the char itself. (With unpaired surrogates Java's comparison can differ.)
     */
    private static int codePointAround(String s, int i, int start, int end) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(s.charAt(i + 1))) {
            return Character.toCodePoint(c, s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c) && i > start && Character.isHighSurrogate(s.charAt(i - 1))) {
            return Character.toCodePoint(s.charAt(i - 1), c);
        }
        return c;
    }

    private static int fold(int cp) {
        return lower(upper(cp));
    }

    /**
     * Whether the capital sigma at {@code index} ends a word: a cased letter precedes it in its word and
     * none follows it there. Words are found as Java finds them (by word boundaries, not by Unicode's
     * case-ignorable rule), approximated: letters and digits join, marks and format chars attach to
     * what precedes them, and a single mid-word punctuation char joins two letters (or, for {@code .}
     * and the apostrophes, two digits).
     */
    private static boolean isFinal(String s, int index) {
        int next = LETTER;
        int mid = OTHER;
        int i = index;
        boolean casedBefore = false;
        while (i > 0 && !casedBefore) {
            int cp = s.codePointBefore(i);
            i -= Character.charCount(cp);
            int kind = wordKind(cp);
            if (kind == EXTEND) {
                continue;
            }
            if (kind == MID_LETTER || kind == MID_NUM_LET) {
                if (mid != OTHER) {
                    break;
                }
                mid = kind;
                continue;
            }
            if ((kind != LETTER && kind != DIGIT) || (mid != OTHER && !joins(kind, mid, next))) {
                break;
            }
            mid = OTHER;
            next = kind;
            casedBefore = isCased(cp);
        }
        if (!casedBefore) {
            return false;
        }
        int previous = LETTER;
        mid = OTHER;
        i = index + 1;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int kind = wordKind(cp);
            if (kind == EXTEND) {
                continue;
            }
            if (kind == MID_LETTER || kind == MID_NUM_LET) {
                if (mid != OTHER) {
                    break;
                }
                mid = kind;
                continue;
            }
            if ((kind != LETTER && kind != DIGIT) || (mid != OTHER && !joins(previous, mid, kind))) {
                break;
            }
            if (isCased(cp)) {
                return false;
            }
            mid = OTHER;
            previous = kind;
        }
        return true;
    }

    private static final int OTHER = 0;
    private static final int LETTER = 1;
    private static final int DIGIT = 2;
    private static final int MID_LETTER = 3;
    private static final int MID_NUM_LET = 4;
    private static final int EXTEND = 5;
    /** Word_Break MidLetter. */
    private static final String MID_LETTERS = ":\u00B7\u0387\u055F\u05F4\u2027\uFE13\uFE55\uFF1A";
    /** Word_Break MidNumLet and Single_Quote. */
    private static final String MID_NUM_LETS = ".'\u2018\u2019\u2024\uFE52\uFF07\uFF0E";

    private static int wordKind(int cp) {
        if (CharacterData.isWordExtend(cp)) {
            return EXTEND;
        }
        if (cp == '_' || (cp < 0x80 ? (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' : CharacterData.isLetter(cp))) {
            return LETTER;
        }
        if (cp < 0x80 ? cp >= '0' && cp <= '9' : CharacterData.isDigit(cp)) {
            return DIGIT;
        }
        if (MID_LETTERS.indexOf(cp) >= 0) {
            return MID_LETTER;
        }
        return MID_NUM_LETS.indexOf(cp) >= 0 ? MID_NUM_LET : OTHER;
    }

    /** Whether {@code mid} between word chars of kinds {@code before} and {@code after} keeps one word. */
    private static boolean joins(int before, int mid, int after) {
        return before == LETTER && after == LETTER || mid == MID_NUM_LET && before == DIGIT && after == DIGIT;
    }

    private static boolean isCased(int cp) {
        return CharacterData.isUpperCase(cp) || CharacterData.isLowerCase(cp) || CharacterData.isTitleCase(cp);
    }

    private static int upper(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
        }
        return CharacterData.toUpperCase(cp);
    }

    private static int lower(int cp) {
        if (cp < 0x80) {
            return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
        }
        return CharacterData.toLowerCase(cp);
    }

    /** The offset of {@code cp}'s record in {@link UnicodeTables#UPPER_SPECIAL}, or -1. */
    private static int special(int cp) {
        if (cp < 0xDF || cp > 0xFFFF) {
            return -1;
        }
        String table = UnicodeTables.UPPER_SPECIAL;
        int lo = 0;
        int hi = table.length() / SPECIAL_RECORD - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char key = table.charAt(mid * SPECIAL_RECORD);
            if (key == cp) {
                return mid * SPECIAL_RECORD;
            }
            if (key < cp) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }
}
