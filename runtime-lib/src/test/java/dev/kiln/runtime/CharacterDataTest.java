package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * Checks the generated {@link UnicodeTables} through {@link CharacterData} against the running JDK's
 * {@link Character} for every code point. Java SE 17 specifies Unicode 13.0; later JDKs implement later
 * Unicode versions, so the comparison only means something on Java 17.
 */
class CharacterDataTest {
    @Test
    void matchesJava17ForEveryCodePoint() {
        assumeTrue(Runtime.version().feature() == 17, "the tables are Unicode 13.0, the version of Java SE 17");
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            int c = cp;
            assertEquals(Character.isLetter(cp), CharacterData.isLetter(cp), () -> "isLetter " + Integer.toHexString(c));
            assertEquals(Character.isDigit(cp), CharacterData.isDigit(cp), () -> "isDigit " + Integer.toHexString(c));
            assertEquals(Character.isUpperCase(cp), CharacterData.isUpperCase(cp), () -> "isUpperCase " + Integer.toHexString(c));
            assertEquals(Character.isLowerCase(cp), CharacterData.isLowerCase(cp), () -> "isLowerCase " + Integer.toHexString(c));
            assertEquals(Character.isTitleCase(cp), CharacterData.isTitleCase(cp), () -> "isTitleCase " + Integer.toHexString(c));
            assertEquals(Character.toUpperCase(cp), CharacterData.toUpperCase(cp), () -> "toUpperCase " + Integer.toHexString(c));
            assertEquals(Character.toLowerCase(cp), CharacterData.toLowerCase(cp), () -> "toLowerCase " + Integer.toHexString(c));
            assertEquals(Character.getType(cp), CharacterData.category(cp), () -> "getType " + Integer.toHexString(c));
            assertEquals(Character.isAlphabetic(cp), CharacterData.isAlphabetic(cp), () -> "isAlphabetic " + Integer.toHexString(c));
            assertEquals(Character.isIdeographic(cp), CharacterData.isIdeographic(cp), () -> "isIdeographic " + Integer.toHexString(c));
            assertEquals(Character.isMirrored(cp), CharacterData.isMirrored(cp), () -> "isMirrored " + Integer.toHexString(c));
            assertEquals(Character.toTitleCase(cp), CharacterData.toTitleCase(cp), () -> "toTitleCase " + Integer.toHexString(c));
            assertEquals(Character.getNumericValue(cp), CharacterData.numericValue(cp), () -> "getNumericValue " + Integer.toHexString(c));
            assertEquals(Character.getDirectionality(cp), CharacterData.directionality(cp), () -> "getDirectionality " + Integer.toHexString(c));
            if (Character.isDigit(cp)) {
                assertEquals(Character.digit(cp, 10), CharacterData.digitValue(cp), () -> "digit " + Integer.toHexString(c));
            }
        }
    }

    /** The emoji tables against the running JDK, from Java 21 (the first with these properties). */
    @Test
    void emojiMatchesTheRunningJdk() throws Exception {
        assumeTrue(Runtime.version().feature() >= 21, "Character has emoji properties from Java 21");
        for (int p = 0; p < EmojiTablesGenerator.PROPERTIES.length; p++) {
            java.lang.reflect.Method m = Character.class.getMethod(EmojiTablesGenerator.PROPERTIES[p], int.class);
            for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
                int c = cp;
                int k = p;
                assertEquals(m.invoke(null, cp), CharacterData.emoji(p, cp),
                        () -> EmojiTablesGenerator.PROPERTIES[k] + " " + Integer.toHexString(c));
            }
        }
    }

    @Test
    void outOfRangeCodePointsHaveNoProperties() {
        for (int cp : new int[] {-1, Integer.MIN_VALUE, Character.MAX_CODE_POINT + 1, Integer.MAX_VALUE}) {
            assertEquals(false, CharacterData.isLetter(cp));
            assertEquals(cp, CharacterData.toUpperCase(cp));
            assertEquals(-1, CharacterData.digitValue(cp));
            assertEquals(0, CharacterData.category(cp));
            assertEquals(cp, CharacterData.toTitleCase(cp));
            assertEquals(Character.getNumericValue(cp), CharacterData.numericValue(cp));
            assertEquals(Character.getDirectionality(cp), CharacterData.directionality(cp));
        }
    }
}
