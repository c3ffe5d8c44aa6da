package java.lang;

import dev.kiln.runtime.CharacterData;
import dev.kiln.runtime.CodePoints;
import dev.kiln.runtime.IndexMessages;
import dev.kiln.runtime.Intrinsic;

/**
 * The wrapper for {@code char} and the Unicode character properties. Classification and case mapping
 * follow Unicode 13.0, the version Java SE 17 specifies: ASCII is answered inline, everything else from
 * the generated tables behind {@link CharacterData}. Character names, blocks, scripts, general categories,
 * numeric values and the Java identifier predicates are not provided yet.
 */
public final class Character implements java.io.Serializable, Comparable<Character> {
    /** The {@code Class} object of the primitive type {@code char}: what {@code char.class} reads. */
    public static final Class<Character> TYPE = primitiveClass();

    /** The smallest radix {@link #digit} and {@link #forDigit} accept. */
    public static final int MIN_RADIX = 2;
    /** The largest radix {@link #digit} and {@link #forDigit} accept. */
    public static final int MAX_RADIX = 36;
    /** The smallest {@code char}. */
    public static final char MIN_VALUE = '\u0000';
    /** The largest {@code char}. */
    public static final char MAX_VALUE = '\uFFFF';
    /** The smallest high (leading) surrogate. */
    public static final char MIN_HIGH_SURROGATE = '\uD800';
    /** The largest high (leading) surrogate. */
    public static final char MAX_HIGH_SURROGATE = '\uDBFF';
    /** The smallest low (trailing) surrogate. */
    public static final char MIN_LOW_SURROGATE = '\uDC00';
    /** The largest low (trailing) surrogate. */
    public static final char MAX_LOW_SURROGATE = '\uDFFF';
    /** The smallest surrogate. */
    public static final char MIN_SURROGATE = MIN_HIGH_SURROGATE;
    /** The largest surrogate. */
    public static final char MAX_SURROGATE = MAX_LOW_SURROGATE;
    /** The smallest supplementary code point. */
    public static final int MIN_SUPPLEMENTARY_CODE_POINT = 0x010000;
    /** The smallest code point. */
    public static final int MIN_CODE_POINT = 0x000000;
    /** The largest code point. */
    public static final int MAX_CODE_POINT = 0x10FFFF;
    /** General categories, the values of {@link #getType(int)}. */
    public static final byte UNASSIGNED = 0;
    public static final byte UPPERCASE_LETTER = 1;
    public static final byte LOWERCASE_LETTER = 2;
    public static final byte TITLECASE_LETTER = 3;
    public static final byte MODIFIER_LETTER = 4;
    public static final byte OTHER_LETTER = 5;
    public static final byte NON_SPACING_MARK = 6;
    public static final byte ENCLOSING_MARK = 7;
    public static final byte COMBINING_SPACING_MARK = 8;
    public static final byte DECIMAL_DIGIT_NUMBER = 9;
    public static final byte LETTER_NUMBER = 10;
    public static final byte OTHER_NUMBER = 11;
    public static final byte SPACE_SEPARATOR = 12;
    public static final byte LINE_SEPARATOR = 13;
    public static final byte PARAGRAPH_SEPARATOR = 14;
    public static final byte CONTROL = 15;
    public static final byte FORMAT = 16;
    public static final byte PRIVATE_USE = 18;
    public static final byte SURROGATE = 19;
    public static final byte DASH_PUNCTUATION = 20;
    public static final byte START_PUNCTUATION = 21;
    public static final byte END_PUNCTUATION = 22;
    public static final byte CONNECTOR_PUNCTUATION = 23;
    public static final byte OTHER_PUNCTUATION = 24;
    public static final byte MATH_SYMBOL = 25;
    public static final byte CURRENCY_SYMBOL = 26;
    public static final byte MODIFIER_SYMBOL = 27;
    public static final byte OTHER_SYMBOL = 28;
    public static final byte INITIAL_QUOTE_PUNCTUATION = 29;
    public static final byte FINAL_QUOTE_PUNCTUATION = 30;

    /** The bidirectional character types of {@link #getDirectionality(int)} (Unicode's Bidi_Class). */
    public static final byte DIRECTIONALITY_UNDEFINED = -1;
    public static final byte DIRECTIONALITY_LEFT_TO_RIGHT = 0;
    public static final byte DIRECTIONALITY_RIGHT_TO_LEFT = 1;
    public static final byte DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC = 2;
    public static final byte DIRECTIONALITY_EUROPEAN_NUMBER = 3;
    public static final byte DIRECTIONALITY_EUROPEAN_NUMBER_SEPARATOR = 4;
    public static final byte DIRECTIONALITY_EUROPEAN_NUMBER_TERMINATOR = 5;
    public static final byte DIRECTIONALITY_ARABIC_NUMBER = 6;
    public static final byte DIRECTIONALITY_COMMON_NUMBER_SEPARATOR = 7;
    public static final byte DIRECTIONALITY_NONSPACING_MARK = 8;
    public static final byte DIRECTIONALITY_BOUNDARY_NEUTRAL = 9;
    public static final byte DIRECTIONALITY_PARAGRAPH_SEPARATOR = 10;
    public static final byte DIRECTIONALITY_SEGMENT_SEPARATOR = 11;
    public static final byte DIRECTIONALITY_WHITESPACE = 12;
    public static final byte DIRECTIONALITY_OTHER_NEUTRALS = 13;
    public static final byte DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING = 14;
    public static final byte DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE = 15;
    public static final byte DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING = 16;
    public static final byte DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE = 17;
    public static final byte DIRECTIONALITY_POP_DIRECTIONAL_FORMAT = 18;
    public static final byte DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE = 19;
    public static final byte DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE = 20;
    public static final byte DIRECTIONALITY_FIRST_STRONG_ISOLATE = 21;
    public static final byte DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE = 22;

    /** The number of bits in a {@code char}. */
    public static final int SIZE = 16;
    /** The number of bytes in a {@code char}. */
    public static final int BYTES = 2;

    /** Boxes of 0-127, created on first use: boxing must yield identical objects for them (JLS 5.1.7). */
    private static final Character[] CACHE = new Character[128];

    private final char value;

    /** Boxes {@code value}. */
    @Deprecated(since = "9")
    public Character(char value) {
        this.value = value;
    }

    /** The box of {@code c}; the same object every time for 0-127. */
    public static Character valueOf(char c) {
        if (c < CACHE.length) {
            Character boxed = CACHE[c];
            if (boxed == null) {
                boxed = new Character(c);
                CACHE[c] = boxed;
            }
            return boxed;
        }
        return new Character(c);
    }

    /** The boxed char. */
    public char charValue() {
        return value;
    }

    /** The char value. */
    public int hashCode() {
        return value;
    }

    /** The char value. */
    public static int hashCode(char value) {
        return value;
    }

    /** Whether {@code obj} is a {@code Character} boxing the same char. */
    public boolean equals(Object obj) {
        return obj instanceof Character && ((Character) obj).value == value;
    }

    /** A one-char string. */
    public String toString() {
        return String.valueOf(value);
    }

    /** A one-char string. */
    public static String toString(char c) {
        return String.valueOf(c);
    }

    /**
     * The string of code point {@code codePoint}.
     *
     * @throws IllegalArgumentException if it is not a valid code point
     */
    public static String toString(int codePoint) {
        return new String(toChars(codePoint), true);
    }

    /** Numeric comparison of the chars. */
    public int compareTo(Character anotherCharacter) {
        return compare(value, anotherCharacter.value);
    }

    /** {@code x - y}. */
    public static int compare(char x, char y) {
        return x - y;
    }

    /** {@code ch} with its two bytes swapped. */
    public static char reverseBytes(char ch) {
        return (char) (ch << 8 | ch >> 8);
    }

    /** Whether {@code codePoint} is in {@code [0, 0x10FFFF]}. */
    public static boolean isValidCodePoint(int codePoint) {
        return codePoint >= 0 && codePoint <= MAX_CODE_POINT;
    }

    /** Whether {@code codePoint} fits in one char. */
    public static boolean isBmpCodePoint(int codePoint) {
        return codePoint >>> 16 == 0;
    }

    /** Whether {@code codePoint} needs a surrogate pair. */
    public static boolean isSupplementaryCodePoint(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT && codePoint <= MAX_CODE_POINT;
    }

    /** Whether {@code ch} is a high (leading) surrogate. */
    public static boolean isHighSurrogate(char ch) {
        return ch >= MIN_HIGH_SURROGATE && ch <= MAX_HIGH_SURROGATE;
    }

    /** Whether {@code ch} is a low (trailing) surrogate. */
    public static boolean isLowSurrogate(char ch) {
        return ch >= MIN_LOW_SURROGATE && ch <= MAX_LOW_SURROGATE;
    }

    /** Whether {@code ch} is a surrogate. */
    public static boolean isSurrogate(char ch) {
        return ch >= MIN_SURROGATE && ch <= MAX_SURROGATE;
    }

    /** Whether {@code high} and {@code low} form a surrogate pair. */
    public static boolean isSurrogatePair(char high, char low) {
        return isHighSurrogate(high) && isLowSurrogate(low);
    }

    /** 2 for a supplementary code point, else 1. */
    public static int charCount(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT ? 2 : 1;
    }

    /** The code point of a surrogate pair (not validated). */
    public static int toCodePoint(char high, char low) {
        return ((high - MIN_HIGH_SURROGATE) << 10) + (low - MIN_LOW_SURROGATE) + MIN_SUPPLEMENTARY_CODE_POINT;
    }

    /** The high surrogate of supplementary code point {@code codePoint} (not validated). */
    public static char highSurrogate(int codePoint) {
        return (char) ((codePoint >>> 10) + (MIN_HIGH_SURROGATE - (MIN_SUPPLEMENTARY_CODE_POINT >>> 10)));
    }

    /** The low surrogate of supplementary code point {@code codePoint} (not validated). */
    public static char lowSurrogate(int codePoint) {
        return (char) ((codePoint & 0x3FF) + MIN_LOW_SURROGATE);
    }

    /** The code point at {@code index} of {@code seq}, combining a surrogate pair. */
    public static int codePointAt(CharSequence seq, int index) {
        char c = seq.charAt(index);
        if (isHighSurrogate(c) && index + 1 < seq.length()) {
            char d = seq.charAt(index + 1);
            if (isLowSurrogate(d)) {
                return toCodePoint(c, d);
            }
        }
        return c;
    }

    /** The code point at {@code index} of {@code a}, combining a surrogate pair. */
    public static int codePointAt(char[] a, int index) {
        char c = a[index];
        if (isHighSurrogate(c) && index + 1 < a.length && isLowSurrogate(a[index + 1])) {
            return toCodePoint(c, a[index + 1]);
        }
        return c;
    }

    /**
     * The code point at {@code index} of {@code a}, combining a surrogate pair that ends before
     * {@code limit}.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= index < limit <= a.length}
     */
    public static int codePointAt(char[] a, int index, int limit) {
        if (index >= limit || index < 0 || limit > a.length) {
            throw new IndexOutOfBoundsException();
        }
        char c = a[index];
        if (isHighSurrogate(c) && index + 1 < limit && isLowSurrogate(a[index + 1])) {
            return toCodePoint(c, a[index + 1]);
        }
        return c;
    }

    /** The code point before {@code index} of {@code seq}, combining a surrogate pair. */
    public static int codePointBefore(CharSequence seq, int index) {
        char c = seq.charAt(index - 1);
        if (isLowSurrogate(c) && index > 1) {
            char b = seq.charAt(index - 2);
            if (isHighSurrogate(b)) {
                return toCodePoint(b, c);
            }
        }
        return c;
    }

    /** The code point before {@code index} of {@code a}, combining a surrogate pair. */
    public static int codePointBefore(char[] a, int index) {
        char c = a[index - 1];
        if (isLowSurrogate(c) && index > 1 && isHighSurrogate(a[index - 2])) {
            return toCodePoint(a[index - 2], c);
        }
        return c;
    }

    /**
     * The code point before {@code index} of {@code a}, combining a surrogate pair that starts at or after
     * {@code start}.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= start < index <= a.length}
     */
    public static int codePointBefore(char[] a, int index, int start) {
        if (index <= start || start < 0 || index > a.length) {
            throw new IndexOutOfBoundsException();
        }
        char c = a[index - 1];
        if (isLowSurrogate(c) && index - 1 > start && isHighSurrogate(a[index - 2])) {
            return toCodePoint(a[index - 2], c);
        }
        return c;
    }

    /**
     * The number of code points in {@code seq[beginIndex, endIndex)}.
     *
     * @throws IndexOutOfBoundsException if the range is not within {@code seq}
     */
    public static int codePointCount(CharSequence seq, int beginIndex, int endIndex) {
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > seq.length()) {
            throw new IndexOutOfBoundsException(IndexMessages.codePointRangeMessage(beginIndex, endIndex, seq.length()));
        }
        int n = endIndex - beginIndex;
        for (int i = beginIndex; i < endIndex - 1; i++) {
            if (isHighSurrogate(seq.charAt(i)) && isLowSurrogate(seq.charAt(i + 1))) {
                n--;
                i++;
            }
        }
        return n;
    }

    /**
     * The number of code points in {@code a[offset, offset + count)}.
     *
     * @throws IndexOutOfBoundsException if the range is not within {@code a}
     */
    public static int codePointCount(char[] a, int offset, int count) {
        if (offset < 0 || count < 0 || count > a.length - offset) {
            throw new IndexOutOfBoundsException(IndexMessages.codePointCountMessage(offset, count, a.length));
        }
        int n = count;
        int end = offset + count;
        for (int i = offset; i < end - 1; i++) {
            if (isHighSurrogate(a[i]) && isLowSurrogate(a[i + 1])) {
                n--;
                i++;
            }
        }
        return n;
    }

    /**
     * The index {@code codePointOffset} code points away from {@code index} in {@code seq}.
     *
     * @throws IndexOutOfBoundsException if {@code index} is out of bounds or the walk leaves {@code seq}
     */
    public static int offsetByCodePoints(CharSequence seq, int index, int codePointOffset) {
        int length = seq.length();
        if (index < 0 || index > length) {
            throw new IndexOutOfBoundsException();
        }
        int x = index;
        if (codePointOffset >= 0) {
            for (int i = 0; i < codePointOffset; i++) {
                if (x >= length) {
                    throw new IndexOutOfBoundsException();
                }
                if (isHighSurrogate(seq.charAt(x++)) && x < length && isLowSurrogate(seq.charAt(x))) {
                    x++;
                }
            }
        } else {
            for (int i = codePointOffset; i < 0; i++) {
                if (x <= 0) {
                    throw new IndexOutOfBoundsException();
                }
                if (isLowSurrogate(seq.charAt(--x)) && x > 0 && isHighSurrogate(seq.charAt(x - 1))) {
                    x--;
                }
            }
        }
        return x;
    }

    /**
     * The index {@code codePointOffset} code points away from {@code index} within the text
     * {@code a[start, start + count)}.
     *
     * @throws IndexOutOfBoundsException if the range is not within {@code a}, {@code index} is not within
     *     the range, or the walk leaves the range
     */
    public static int offsetByCodePoints(char[] a, int start, int count, int index, int codePointOffset) {
        return CodePoints.offsetByCodePoints(a, start, count, index, codePointOffset);
    }

    /**
     * Writes code point {@code codePoint} into {@code dst} at {@code dstIndex}; returns 1 or 2 chars.
     *
     * @throws IllegalArgumentException if it is not a valid code point
     */
    public static int toChars(int codePoint, char[] dst, int dstIndex) {
        if (isBmpCodePoint(codePoint)) {
            dst[dstIndex] = (char) codePoint;
            return 1;
        }
        checkCodePoint(codePoint);
        dst[dstIndex + 1] = lowSurrogate(codePoint);
        dst[dstIndex] = highSurrogate(codePoint);
        return 2;
    }

    /**
     * The one or two chars of code point {@code codePoint}.
     *
     * @throws IllegalArgumentException if it is not a valid code point
     */
    public static char[] toChars(int codePoint) {
        if (isBmpCodePoint(codePoint)) {
            return new char[] {(char) codePoint};
        }
        checkCodePoint(codePoint);
        return new char[] {highSurrogate(codePoint), lowSurrogate(codePoint)};
    }

    /** The general category of {@code ch}. */
    public static int getType(char ch) {
        return getType((int) ch);
    }

    /** The general category of {@code codePoint}, one of the category constants; {@link #UNASSIGNED} if invalid. */
    public static int getType(int codePoint) {
        return CharacterData.category(codePoint);
    }

    /** Whether {@code ch} is assigned a character in Unicode. */
    public static boolean isDefined(char ch) {
        return isDefined((int) ch);
    }

    /** Whether {@code codePoint} is assigned a character in Unicode (its category is not Cn). */
    public static boolean isDefined(int codePoint) {
        return getType(codePoint) != UNASSIGNED;
    }

    /** Whether {@code codePoint} is alphabetic (Lu, Ll, Lt, Lm, Lo, Nl or Other_Alphabetic). */
    public static boolean isAlphabetic(int codePoint) {
        return CharacterData.isAlphabetic(codePoint);
    }

    /** Whether {@code codePoint} is a CJKV ideograph (property Ideographic). */
    public static boolean isIdeographic(int codePoint) {
        return CharacterData.isIdeographic(codePoint);
    }

    /** Whether {@code ch} is mirrored in right-to-left text. */
    public static boolean isMirrored(char ch) {
        return isMirrored((int) ch);
    }

    /** Whether {@code codePoint} is mirrored in right-to-left text (property Bidi_Mirrored). */
    public static boolean isMirrored(int codePoint) {
        return CharacterData.isMirrored(codePoint);
    }

    /** Whether {@code ch} may start a Java identifier. */
    public static boolean isJavaIdentifierStart(char ch) {
        return isJavaIdentifierStart((int) ch);
    }

    /** Whether {@code codePoint} may start a Java identifier: a letter, Nl, a currency symbol or Pc. */
    public static boolean isJavaIdentifierStart(int codePoint) {
        int type = getType(codePoint);
        return isLetterType(type) || type == LETTER_NUMBER || type == CURRENCY_SYMBOL || type == CONNECTOR_PUNCTUATION;
    }

    /** Whether {@code ch} may be part of a Java identifier. */
    public static boolean isJavaIdentifierPart(char ch) {
        return isJavaIdentifierPart((int) ch);
    }

    /**
     * Whether {@code codePoint} may be part of a Java identifier: what may start one, a decimal digit, a
     * non-spacing or combining mark, or an ignorable character.
     */
    public static boolean isJavaIdentifierPart(int codePoint) {
        int type = getType(codePoint);
        return isJavaIdentifierStart(codePoint) || type == DECIMAL_DIGIT_NUMBER || type == NON_SPACING_MARK
                || type == COMBINING_SPACING_MARK || isIdentifierIgnorable(codePoint);
    }

    /** Whether {@code ch} may start a Unicode identifier. */
    public static boolean isUnicodeIdentifierStart(char ch) {
        return isUnicodeIdentifierStart((int) ch);
    }

    /** Whether {@code codePoint} may start a Unicode identifier: a letter, Nl or Other_ID_Start. */
    public static boolean isUnicodeIdentifierStart(int codePoint) {
        int type = getType(codePoint);
        return isLetterType(type) || type == LETTER_NUMBER || isOtherIdStart(codePoint);
    }

    /** Whether {@code ch} may be part of a Unicode identifier. */
    public static boolean isUnicodeIdentifierPart(char ch) {
        return isUnicodeIdentifierPart((int) ch);
    }

    /**
     * Whether {@code codePoint} may be part of a Unicode identifier: what may start one, Pc, a decimal
     * digit, a non-spacing or combining mark, Other_ID_Continue, or an ignorable character.
     */
    public static boolean isUnicodeIdentifierPart(int codePoint) {
        int type = getType(codePoint);
        return isUnicodeIdentifierStart(codePoint) || type == CONNECTOR_PUNCTUATION || type == DECIMAL_DIGIT_NUMBER
                || type == NON_SPACING_MARK || type == COMBINING_SPACING_MARK || isIdentifierIgnorable(codePoint)
                || codePoint == 0x00B7 || codePoint == 0x0387 || (codePoint >= 0x1369 && codePoint <= 0x1371)
                || codePoint == 0x19DA;
    }

    /** Whether {@code ch} is ignorable in an identifier. */
    public static boolean isIdentifierIgnorable(char ch) {
        return isIdentifierIgnorable((int) ch);
    }

    /**
     * Whether {@code codePoint} is ignorable in a Java or Unicode identifier: the ISO controls that are not
     * white space (U+0000-U+0008, U+000E-U+001B, U+007F-U+009F) and the format characters (Cf).
     */
    public static boolean isIdentifierIgnorable(int codePoint) {
        return (codePoint >= 0 && codePoint <= 0x08) || (codePoint >= 0x0E && codePoint <= 0x1B)
                || (codePoint >= 0x7F && codePoint <= 0x9F) || getType(codePoint) == FORMAT;
    }

    private static boolean isLetterType(int type) {
        return type >= UPPERCASE_LETTER && type <= OTHER_LETTER;
    }

    /** Other_ID_Start (Unicode 13.0): kept identifier characters that are no longer letters. */
    private static boolean isOtherIdStart(int codePoint) {
        return codePoint == 0x1885 || codePoint == 0x1886 || codePoint == 0x2118 || codePoint == 0x212E
                || codePoint == 0x309B || codePoint == 0x309C;
    }

    /**
     * Whether {@code codePoint} has the Emoji property (Java 21). The emoji data is that of the class
     * library JDK 25's {@code java.util.regex} asks for it (Unicode 16.0), newer than the rest of this class.
     */
    public static boolean isEmoji(int codePoint) {
        return CharacterData.emoji(0, codePoint);
    }

    /** Whether {@code codePoint} has the Emoji_Presentation property (Java 21; see {@link #isEmoji}). */
    public static boolean isEmojiPresentation(int codePoint) {
        return CharacterData.emoji(1, codePoint);
    }

    /** Whether {@code codePoint} has the Emoji_Modifier property (Java 21; see {@link #isEmoji}). */
    public static boolean isEmojiModifier(int codePoint) {
        return CharacterData.emoji(2, codePoint);
    }

    /** Whether {@code codePoint} has the Emoji_Modifier_Base property (Java 21; see {@link #isEmoji}). */
    public static boolean isEmojiModifierBase(int codePoint) {
        return CharacterData.emoji(3, codePoint);
    }

    /** Whether {@code codePoint} has the Emoji_Component property (Java 21; see {@link #isEmoji}). */
    public static boolean isEmojiComponent(int codePoint) {
        return CharacterData.emoji(4, codePoint);
    }

    /** Whether {@code codePoint} has the Extended_Pictographic property (Java 21; see {@link #isEmoji}). */
    public static boolean isExtendedPictographic(int codePoint) {
        return CharacterData.emoji(5, codePoint);
    }

    /**
     * The code point whose Unicode name is {@code name}.
     *
     * @throws UnsupportedOperationException always: Kiln has no table of Unicode character names (the
     *     JDK reads one of 150 KB from its resources); regular expressions reach this through {@code \N{...}}
     */
    public static int codePointOf(String name) {
        throw new UnsupportedOperationException("Kiln has no Unicode character names: codePointOf(\"" + name + "\")");
    }

    /**
     * The Unicode name of {@code codePoint}.
     *
     * @throws UnsupportedOperationException always (see {@link #codePointOf})
     */
    public static String getName(int codePoint) {
        throw new UnsupportedOperationException("Kiln has no Unicode character names: getName(" + codePoint + ")");
    }

    /** Whether {@code ch} is a letter. */
    public static boolean isLetter(char ch) {
        return isLetter((int) ch);
    }

    /** Whether {@code codePoint} is a letter (general category Lu, Ll, Lt, Lm or Lo). */
    public static boolean isLetter(int codePoint) {
        if (codePoint < 0x80) {
            return (codePoint | 0x20) >= 'a' && (codePoint | 0x20) <= 'z';
        }
        return CharacterData.isLetter(codePoint);
    }

    /** Whether {@code ch} is a decimal digit. */
    public static boolean isDigit(char ch) {
        return isDigit((int) ch);
    }

    /** Whether {@code codePoint} is a decimal digit (general category Nd). */
    public static boolean isDigit(int codePoint) {
        if (codePoint < 0x660) {
            return codePoint >= '0' && codePoint <= '9';
        }
        return CharacterData.isDigit(codePoint);
    }

    /** Whether {@code ch} is a letter or a decimal digit. */
    public static boolean isLetterOrDigit(char ch) {
        return isLetterOrDigit((int) ch);
    }

    /** Whether {@code codePoint} is a letter or a decimal digit. */
    public static boolean isLetterOrDigit(int codePoint) {
        return isLetter(codePoint) || isDigit(codePoint);
    }

    /** Whether {@code ch} is upper case. */
    public static boolean isUpperCase(char ch) {
        return isUpperCase((int) ch);
    }

    /** Whether {@code codePoint} is upper case (Lu or Other_Uppercase). */
    public static boolean isUpperCase(int codePoint) {
        if (codePoint < 0x80) {
            return codePoint >= 'A' && codePoint <= 'Z';
        }
        return CharacterData.isUpperCase(codePoint);
    }

    /** Whether {@code ch} is lower case. */
    public static boolean isLowerCase(char ch) {
        return isLowerCase((int) ch);
    }

    /** Whether {@code codePoint} is lower case (Ll or Other_Lowercase). */
    public static boolean isLowerCase(int codePoint) {
        if (codePoint < 0x80) {
            return codePoint >= 'a' && codePoint <= 'z';
        }
        return CharacterData.isLowerCase(codePoint);
    }

    /** Whether {@code ch} is title case. */
    public static boolean isTitleCase(char ch) {
        return isTitleCase((int) ch);
    }

    /** Whether {@code codePoint} is title case (Lt). */
    public static boolean isTitleCase(int codePoint) {
        return codePoint >= 0x80 && CharacterData.isTitleCase(codePoint);
    }

    /** The simple upper-case mapping of {@code ch} ({@code 'ß'} stays {@code 'ß'}). */
    public static char toUpperCase(char ch) {
        return (char) toUpperCase((int) ch);
    }

    /** The simple upper-case mapping of {@code codePoint}. */
    public static int toUpperCase(int codePoint) {
        if (codePoint < 0x80) {
            return codePoint >= 'a' && codePoint <= 'z' ? codePoint - 32 : codePoint;
        }
        return CharacterData.toUpperCase(codePoint);
    }

    /** The simple lower-case mapping of {@code ch}. */
    public static char toLowerCase(char ch) {
        return (char) toLowerCase((int) ch);
    }

    /** The simple lower-case mapping of {@code codePoint}. */
    public static int toLowerCase(int codePoint) {
        if (codePoint < 0x80) {
            return codePoint >= 'A' && codePoint <= 'Z' ? codePoint + 32 : codePoint;
        }
        return CharacterData.toLowerCase(codePoint);
    }

    /** Whether {@code ch} is Java white space. */
    public static boolean isWhitespace(char ch) {
        return isWhitespace((int) ch);
    }

    /**
     * Whether {@code codePoint} is Java white space: a space, line or paragraph separator other than the
     * no-break spaces U+00A0, U+2007 and U+202F, or one of U+0009-U+000D and U+001C-U+001F.
     */
    public static boolean isWhitespace(int codePoint) {
        if (codePoint <= ' ') {
            return codePoint == ' ' || (codePoint >= 0x09 && codePoint <= 0x0D) || codePoint >= 0x1C;
        }
        return codePoint != 0x00A0 && codePoint != 0x2007 && codePoint != 0x202F && isSpaceChar(codePoint);
    }

    /** The title-case form of {@code ch} (its upper-case form but for digraphs such as U+01C4 and a few scripts). */
    public static char toTitleCase(char ch) {
        return (char) toTitleCase((int) ch);
    }

    /** The simple title-case mapping of {@code codePoint}. */
    public static int toTitleCase(int codePoint) {
        if (codePoint < 0x80) {
            return toUpperCase(codePoint);
        }
        return CharacterData.toTitleCase(codePoint);
    }

    /**
     * The Unicode numeric value of {@code ch}: digits and letters of radix 36 included (A to Z are 10 to 35),
     * -1 if it has none, -2 if it is no non-negative integer (a fraction).
     */
    public static int getNumericValue(char ch) {
        return getNumericValue((int) ch);
    }

    /** The Unicode numeric value of {@code codePoint} (see {@link #getNumericValue(char)}). */
    public static int getNumericValue(int codePoint) {
        return CharacterData.numericValue(codePoint);
    }

    /** The bidirectional character type of {@code ch}, {@link #DIRECTIONALITY_UNDEFINED} if it has none. */
    public static byte getDirectionality(char ch) {
        return getDirectionality((int) ch);
    }

    /** The bidirectional character type of {@code codePoint}, {@link #DIRECTIONALITY_UNDEFINED} if it has none. */
    public static byte getDirectionality(int codePoint) {
        return (byte) CharacterData.directionality(codePoint);
    }

    /** {@link #isJavaIdentifierStart(char)}, under its old name. */
    @Deprecated(since = "1.1")
    public static boolean isJavaLetter(char ch) {
        return isJavaIdentifierStart(ch);
    }

    /** {@link #isJavaIdentifierPart(char)}, under its old name. */
    @Deprecated(since = "1.1")
    public static boolean isJavaLetterOrDigit(char ch) {
        return isJavaIdentifierPart(ch);
    }

    /** Whether {@code ch} is one of the five ISO-LATIN-1 white space chars: space, tab, line feed, form feed, return. */
    @Deprecated(since = "1.1")
    public static boolean isSpace(char ch) {
        return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\f' || ch == '\r';
    }

    /** Whether {@code ch} is a Unicode space character. */
    public static boolean isSpaceChar(char ch) {
        return isSpaceChar((int) ch);
    }

    /** Whether {@code codePoint} is a space, line or paragraph separator (Zs, Zl, Zp). */
    public static boolean isSpaceChar(int codePoint) {
        switch (codePoint) {
            case 0x0020: case 0x00A0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F:
            case 0x3000:
                return true;
            default:
                return codePoint >= 0x2000 && codePoint <= 0x200A;
        }
    }

    /** Whether {@code ch} is an ISO control character. */
    public static boolean isISOControl(char ch) {
        return isISOControl((int) ch);
    }

    /** Whether {@code codePoint} is in U+0000-U+001F or U+007F-U+009F. */
    public static boolean isISOControl(int codePoint) {
        return codePoint >= 0 && (codePoint <= 0x1F || (codePoint >= 0x7F && codePoint <= 0x9F));
    }

    /** The value of {@code ch} as a digit in {@code radix}, or -1. */
    public static int digit(char ch, int radix) {
        return digit((int) ch, radix);
    }

    /**
     * The value of {@code codePoint} as a digit in {@code radix}, or -1: decimal digits (Nd) have their
     * decimal value; Latin letters, ASCII or fullwidth, have the values 10 to 35 regardless of case.
     */
    public static int digit(int codePoint, int radix) {
        if (radix < MIN_RADIX || radix > MAX_RADIX) {
            return -1;
        }
        int value;
        if (codePoint >= '0' && codePoint <= '9') {
            value = codePoint - '0';
        } else if ((codePoint | 0x20) >= 'a' && (codePoint | 0x20) <= 'z') {
            value = (codePoint | 0x20) - 'a' + 10;
        } else if (codePoint >= 0xFF21 && codePoint <= 0xFF3A) {
            value = codePoint - 0xFF21 + 10;
        } else if (codePoint >= 0xFF41 && codePoint <= 0xFF5A) {
            value = codePoint - 0xFF41 + 10;
        } else if (codePoint >= 0x660) {
            value = CharacterData.digitValue(codePoint);
        } else {
            value = -1;
        }
        return value < radix ? value : -1;
    }

    /**
     * The lower-case char for {@code digit} in {@code radix}, or {@code '\0'} if the digit or the radix is
     * out of range.
     */
    public static char forDigit(int digit, int radix) {
        if (digit < 0 || digit >= radix || radix < MIN_RADIX || radix > MAX_RADIX) {
            return '\0';
        }
        return (char) (digit < 10 ? '0' + digit : 'a' - 10 + digit);
    }

    private static void checkCodePoint(int codePoint) {
        if (!isValidCodePoint(codePoint)) {
            throw new IllegalArgumentException(
                    "Not a valid Unicode code point: 0x" + Integer.toHexString(codePoint).toUpperCase());
        }
    }

    /** The Class object of {@code char}, which the backend creates. */
    @Intrinsic("kiln.primitive_class.char")
    private static native Class<Character> primitiveClass();
}
