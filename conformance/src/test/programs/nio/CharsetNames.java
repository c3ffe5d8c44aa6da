package nio;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.TreeSet;

/** Charsets by name and alias, their properties, and the exceptions for bad or unknown names. */
public class CharsetNames {
    public static void main(String[] args) {
        String[] names = {"UTF-8", "utf8", "ISO-8859-1", "latin1", "ISO8859_1", "US-ASCII", "ascii", "UTF-16", "UTF-16BE",
            "utf-16le", "UnicodeBigUnmarked", "UTF_32", "UTF-32"};
        for (String name : names) {
            Charset cs = Charset.forName(name);
            System.out.println(name + " -> " + cs.name() + " " + cs.displayName() + " registered " + cs.isRegistered()
                    + " canEncode " + cs.canEncode() + " aliases " + new TreeSet<>(cs.aliases()));
        }
        System.out.println("isSupported " + Charset.isSupported("utf-8") + " default " + Charset.defaultCharset());
        System.out.println("contains " + StandardCharsets.UTF_8.contains(StandardCharsets.US_ASCII) + " "
                + StandardCharsets.US_ASCII.contains(StandardCharsets.ISO_8859_1) + " "
                + StandardCharsets.UTF_16.contains(StandardCharsets.UTF_8));
        System.out.println("equals " + Charset.forName("utf8").equals(StandardCharsets.UTF_8) + " compare "
                + Integer.signum(StandardCharsets.UTF_8.compareTo(StandardCharsets.US_ASCII)) + " toString " + StandardCharsets.UTF_16LE);
        for (String bad : new String[] {"no such charset", "", "-bad"}) {
            try {
                Charset.forName(bad);
            } catch (IllegalCharsetNameException e) {
                System.out.println("IllegalCharsetNameException " + e.getMessage() + " " + e.getCharsetName());
            } catch (UnsupportedCharsetException e) {
                System.out.println("UnsupportedCharsetException " + e.getMessage());
            }
        }
        try {
            Charset.forName(null);
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException " + e.getMessage());
        }
        try {
            Charset.forName("x-unknown-charset");
        } catch (UnsupportedCharsetException e) {
            System.out.println("UnsupportedCharsetException " + e.getCharsetName());
        }
    }
}
