package lang;

/**
 * Character.UnicodeBlock.of and Character.UnicodeScript.of for code points of many blocks and scripts
 * (including COMMON, INHERITED and UNKNOWN), forName with aliases and its exceptions' messages, and the
 * invalid code point messages of both of().
 */
public class CharacterBlocksScripts {
    public static void main(String[] args) {
        int[] cps = {
            0x41, 0xe9, 0x101, 0x250, 0x300, 0x3b1, 0x416, 0x531, 0x5d0, 0x627, 0x915, 0x995, 0xe01, 0x10d0, 0x1100, 0x13a0,
            0x1e00, 0x2000, 0x20ac, 0x2190, 0x2200, 0x2500, 0x2600, 0x3042, 0x30a2, 0x4e00, 0xac00, 0xd800, 0xe000, 0xfb01,
            0xff21, 0x10000, 0x10400, 0x1d400, 0x1f600, 0x20000, 0xe0100, 0x30, 0x378
        };
        for (int cp : cps) {
            System.out.println(Integer.toHexString(cp) + " block=" + Character.UnicodeBlock.of(cp) + " script=" + Character.UnicodeScript.of(cp));
        }
        System.out.println("char block " + Character.UnicodeBlock.of('\u00e9') + " null for unassigned block " + Character.UnicodeBlock.of(0x2fe0));
        String[] names = {"BASIC_LATIN", "Basic Latin", "BasicLatin", "greek", "Cyrillic", "CJK_UNIFIED_IDEOGRAPHS", "Nope"};
        for (String n : names) {
            try {
                System.out.println("block forName " + n + " = " + Character.UnicodeBlock.forName(n));
            } catch (IllegalArgumentException e) {
                System.out.println("block forName " + n + " IAE " + e.getMessage());
            }
        }
        String[] scripts = {"LATIN", "latin", "Latn", "Grek", "HAN", "Zyyy", "Klingon"};
        for (String n : scripts) {
            try {
                System.out.println("script forName " + n + " = " + Character.UnicodeScript.forName(n));
            } catch (IllegalArgumentException e) {
                System.out.println("script forName " + n + " IAE " + e.getMessage());
            }
        }
        try {
            Character.UnicodeBlock.of(0x110000);
        } catch (IllegalArgumentException e) {
            System.out.println("block of invalid: " + e.getMessage());
        }
        try {
            Character.UnicodeScript.of(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("script of invalid: " + e.getMessage());
        }
        int latin = 0;
        int common = 0;
        for (int cp = 0; cp < 0x800; cp++) {
            Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
            if (sc == Character.UnicodeScript.LATIN) {
                latin++;
            } else if (sc == Character.UnicodeScript.COMMON) {
                common++;
            }
        }
        System.out.println("below 800: latin " + latin + " common " + common);
        System.out.println("ordinal " + Character.UnicodeScript.valueOf("ARABIC").name() + " " + (Character.UnicodeScript.LATIN.compareTo(Character.UnicodeScript.GREEK) < 0));
    }
}
