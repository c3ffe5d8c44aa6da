package util;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

/**
 * java.util.Properties as a map of strings: setProperty/getProperty (with defaults, and a defaults chain that
 * getProperty follows but get does not), stringPropertyNames (sorted here: its order is a hash order),
 * non-string values hidden from getProperty and stringPropertyNames, remove, putIfAbsent/merge through the
 * Hashtable methods, equals/hashCode against another Properties, contains/containsValue, and list-free
 * output (store/load need java.io readers and writers).
 */
public class PropertiesOps {
    public static void main(String[] args) throws IOException {
        Properties defaults = new Properties();
        defaults.setProperty("color", "blue");
        defaults.setProperty("size", "medium");
        Properties p = new Properties(defaults);
        System.out.println("setProperty " + p.setProperty("size", "large") + " again " + p.setProperty("size", "xl"));
        p.setProperty("name", "kiln");
        p.setProperty("empty", "");
        System.out.println("getProperty size " + p.getProperty("size") + " color (default) " + p.getProperty("color") + " missing "
                + p.getProperty("missing") + " with fallback " + p.getProperty("missing", "fallback") + " default over fallback "
                + p.getProperty("color", "red"));
        System.out.println("get color (no defaults) " + p.get("color") + " containsKey color " + p.containsKey("color") + " size "
                + p.size() + " empty value '" + p.getProperty("empty") + "'");
        System.out.println("stringPropertyNames " + sorted(p.stringPropertyNames()) + " defaults' own " + sorted(defaults.stringPropertyNames()));
        p.put("number", 42);
        p.put(7, "seven");
        System.out.println("non-string value getProperty " + p.getProperty("number") + " get " + p.get("number") + " non-string key "
                + p.get(7) + " names " + sorted(p.stringPropertyNames()));
        Properties chained = new Properties(p);
        chained.setProperty("extra", "x");
        System.out.println("chained getProperty color " + chained.getProperty("color") + " size " + chained.getProperty("size")
                + " names " + sorted(chained.stringPropertyNames()));
        System.out.println("remove name " + p.remove("name") + " again " + p.remove("name") + " putIfAbsent "
                + p.putIfAbsent("size", "s") + " " + p.putIfAbsent("weight", "10kg") + " merge " + p.merge("weight", "!", (a, b) -> a + "" + b)
                + " compute " + p.compute("empty", (k, v) -> v + "filled") + " getOrDefault " + p.getOrDefault("nothing", "dflt"));
        System.out.println("contains 10kg! " + p.contains("10kg!") + " containsValue xl " + p.containsValue("xl") + " containsKey 7 "
                + p.containsKey(7));
        Properties copy = new Properties();
        copy.putAll(p);
        System.out.println("equals copy " + copy.equals(p) + " hash " + (copy.hashCode() == p.hashCode()) + " defaults not copied "
                + copy.getProperty("color"));
        copy.setProperty("size", "tiny");
        System.out.println("after change equals " + copy.equals(p) + " isEmpty " + new Properties().isEmpty() + " " + p.isEmpty());
        try {
            p.setProperty(null, "v");
        } catch (NullPointerException e) {
            System.out.println("null key " + e.getClass().getName());
        }
        try {
            p.put("k", null);
        } catch (NullPointerException e) {
            System.out.println("null value " + e.getClass().getName());
        }
        StringBuilder keys = new StringBuilder();
        List<String> entries = new ArrayList<>();
        p.forEach((k, v) -> entries.add(k + "=" + v));
        Collections.sort(entries);
        for (String e : entries) keys.append(e).append(';');
        System.out.println("forEach " + keys);
        p.clear();
        System.out.println("cleared size " + p.size() + " defaults still answer " + p.getProperty("color"));

        Properties loaded = new Properties();
        loaded.load(new StringReader("# a comment\n! another\nplain=1\n  spaced key   value with spaces  \ncolon:2\n"
                + "cont = first \\\n     second \\\n third\nescaped\\ key=tab\\there\\nnewline\nunicode=\\u00e9t\\u00E9\n"
                + "empty=\nnovalue\n=emptykey\ntrailing\\\n\nsame=first\nsame=second\n\r\nwindows=crlf\r\nlast=no newline"));
        List<String> lines = new ArrayList<>();
        for (String k : loaded.stringPropertyNames()) lines.add("[" + k + "]=[" + loaded.getProperty(k) + "]");
        Collections.sort(lines);
        for (String line : lines) System.out.println("loaded " + line.replace("\t", "\\t").replace("\n", "\\n"));
        try {
            new Properties().load(new StringReader("bad=\\u12g4"));
        } catch (IllegalArgumentException e) {
            System.out.println("malformed escape " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static List<String> sorted(java.util.Set<String> names) {
        List<String> out = new ArrayList<>(names);
        Collections.sort(out);
        return out;
    }
}
