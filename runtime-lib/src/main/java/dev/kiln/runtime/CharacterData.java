package dev.kiln.runtime;

/**
 * Unicode character properties beyond Latin-1, looked up by binary search in the {@link UnicodeTables}
 * records. {@link Character} answers Latin-1 itself and calls these for the rest; they are nevertheless
 * correct for every code point, which is how the tests check them.
 */
public final class CharacterData {
    /** A set's record: 6 bytes, one a char ({@link UnicodeTables}). */
    private static final int SET_RECORD = 6;
    /** A case mapping's record: 8 bytes. */
    private static final int MAP_RECORD = 8;
    /** {@link UnicodeTables#NUMERIC}'s record: a set's 6 bytes, then 3 chars. */
    private static final int NUMERIC_RECORD = 9;

    private CharacterData() {
    }

    /** Whether {@code cp} is a letter (categories Lu, Ll, Lt, Lm, Lo). */
    public static boolean isLetter(int cp) {
        return contains(UnicodeTables.LETTER, cp);
    }

    /** Whether {@code cp} is a decimal digit (category Nd). */
    public static boolean isDigit(int cp) {
        return contains(UnicodeTables.DIGIT, cp);
    }

    /** The value 0-9 of decimal digit {@code cp}, or -1 if it is not one. */
    public static int digitValue(int cp) {
        int r = find(UnicodeTables.DIGIT, SET_RECORD, cp);
        if (r < 0) {
            return -1;
        }
        return (cp - start(UnicodeTables.DIGIT, r)) % 10;
    }

    /** Whether {@code cp} is upper case (Lu or Other_Uppercase). */
    public static boolean isUpperCase(int cp) {
        return contains(UnicodeTables.UPPER, cp);
    }

    /** Whether {@code cp} is lower case (Ll or Other_Lowercase). */
    public static boolean isLowerCase(int cp) {
        return contains(UnicodeTables.LOWER, cp);
    }

    /** Whether {@code cp} is title case (Lt). */
    public static boolean isTitleCase(int cp) {
        return contains(UnicodeTables.TITLE, cp);
    }

    /** Whether {@code cp} is a mark or format char, which word segmentation attaches to its predecessor. */
    public static boolean isWordExtend(int cp) {
        return contains(UnicodeTables.WORD_EXTEND, cp);
    }

    /** The simple upper-case mapping of {@code cp}. */
    public static int toUpperCase(int cp) {
        return map(UnicodeTables.TO_UPPER, cp);
    }

    /** The simple lower-case mapping of {@code cp}. */
    public static int toLowerCase(int cp) {
        return map(UnicodeTables.TO_LOWER, cp);
    }

    /** The general category of {@code cp}, a {@link Character#getType(int)} value; 0 (unassigned) if invalid. */
    public static int category(int cp) {
        if (cp < 0 || cp > Character.MAX_CODE_POINT) {
            return 0;
        }
        return runValue(UnicodeTables.CATEGORY, cp);
    }

    /** The simple title-case mapping of {@code cp}: its upper-case mapping but for a few digraphs and scripts. */
    public static int toTitleCase(int cp) {
        int r = find(UnicodeTables.TITLE_EXCEPTIONS, MAP_RECORD, cp);
        if (r < 0) {
            return toUpperCase(cp);
        }
        return (cp & ~0xFFFF) | ((cp + delta(UnicodeTables.TITLE_EXCEPTIONS, r)) & 0xFFFF);
    }

    /** {@link Character#getNumericValue(int)}: -1 for no numeric value, -2 for one that is no non-negative integer. */
    public static int numericValue(int cp) {
        String table = UnicodeTables.NUMERIC;
        int r = find(table, NUMERIC_RECORD, cp);
        if (r < 0) {
            return -1;
        }
        int base = table.charAt(r + 7) << 16 | table.charAt(r + 8);
        return base + table.charAt(r + 6) * (cp - start(table, r));
    }

    /** The bidirectional type of {@code cp} ({@code Character.DIRECTIONALITY_*}), -1 if undefined or invalid. */
    public static int directionality(int cp) {
        if (cp < 0 || cp > Character.MAX_CODE_POINT) {
            return -1;
        }
        return runValue(UnicodeTables.DIRECTIONALITY, cp) - 1;
    }

    /** The value of the run of 2-char records {@code (plane | value << 5, first)} that holds valid code point {@code cp}. */
    private static int runValue(String table, int cp) {
        int lo = 0;
        int hi = table.length() / 2 - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            int start = (table.charAt(2 * mid) & 0x1F) << 16 | table.charAt(2 * mid + 1);
            if (start <= cp) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return table.charAt(2 * lo) >> 5;
    }

    /** Whether {@code cp} is alphabetic (Lu, Ll, Lt, Lm, Lo, Nl or Other_Alphabetic). */
    public static boolean isAlphabetic(int cp) {
        return contains(UnicodeTables.ALPHABETIC, cp);
    }

    /** Whether {@code cp} has the Ideographic property. */
    public static boolean isIdeographic(int cp) {
        return contains(UnicodeTables.IDEOGRAPHIC, cp);
    }

    /** Whether {@code cp} has the Bidi_Mirrored property. */
    public static boolean isMirrored(int cp) {
        return contains(UnicodeTables.MIRRORED, cp);
    }

    /**
     * The emoji property {@code index} of {@code cp}, in the order of {@code EmojiTablesGenerator.PROPERTIES}:
     * Emoji, Emoji_Presentation, Emoji_Modifier, Emoji_Modifier_Base, Emoji_Component, Extended_Pictographic.
     */
    public static boolean emoji(int index, int cp) {
        switch (index) {
            case 0: return contains(EmojiTables.EMOJI, cp);
            case 1: return contains(EmojiTables.EMOJI_PRESENTATION, cp);
            case 2: return contains(EmojiTables.EMOJI_MODIFIER, cp);
            case 3: return contains(EmojiTables.EMOJI_MODIFIER_BASE, cp);
            case 4: return contains(EmojiTables.EMOJI_COMPONENT, cp);
            default: return contains(EmojiTables.EXTENDED_PICTOGRAPHIC, cp);
        }
    }

    private static boolean contains(String table, int cp) {
        return find(table, SET_RECORD, cp) >= 0;
    }

    private static int map(String table, int cp) {
        int r = find(table, MAP_RECORD, cp);
        if (r < 0) {
            return cp;
        }
        return (cp & ~0xFFFF) | ((cp + delta(table, r)) & 0xFFFF);
    }

    /** The delta of the case-mapping record at {@code r}: its bytes 6 and 7. */
    private static int delta(String table, int r) {
        return table.charAt(r + 6) << 8 | table.charAt(r + 7);
    }

    /** The offset of the record (a set's, a mapping's, a numeric value's) that contains {@code cp}, or -1. */
    private static int find(String table, int recordSize, int cp) {
        if (cp < 0 || cp > Character.MAX_CODE_POINT) {
            return -1;
        }
        int lo = 0;
        int hi = table.length() / recordSize - 1;
        int candidate = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (start(table, mid * recordSize) <= cp) {
                candidate = mid * recordSize;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (candidate < 0) {
            return -1;
        }
        int first = start(table, candidate);
        int last = (first & ~0xFFFF) | table.charAt(candidate + 3) << 8 | table.charAt(candidate + 4);
        int stride = table.charAt(candidate + 5);
        return cp <= last && (cp - first) % stride == 0 ? candidate : -1;
    }

    private static int start(String table, int record) {
        return table.charAt(record) << 16 | table.charAt(record + 1) << 8 | table.charAt(record + 2);
    }
}
