package system;

import java.util.Map;
import java.util.Properties;

/**
 * System properties and the environment: the separators Linux promises, defaults, setting and clearing,
 * the argument checks with their messages, and an environment map that cannot be changed.
 */
public class PropertiesAndEnv {
    public static void main(String[] args) {
        System.out.println("lineSeparator " + escape(System.lineSeparator()) + " same as property: "
                + System.lineSeparator().equals(System.getProperty("line.separator")));
        System.out.println("file.separator " + System.getProperty("file.separator"));
        System.out.println("path.separator " + System.getProperty("path.separator"));
        System.out.println("java.specification.version is a number: " + System.getProperty("java.specification.version").matches("\\d+"));
        System.out.println("missing " + System.getProperty("kiln.surely.unset"));
        System.out.println("default " + System.getProperty("kiln.surely.unset", "fallback"));

        System.out.println("set returns " + System.setProperty("kiln.test", "one"));
        System.out.println("set again returns " + System.setProperty("kiln.test", "two"));
        System.out.println("get " + System.getProperty("kiln.test") + ", in getProperties: " + System.getProperties().getProperty("kiln.test"));
        System.out.println("Integer.getInteger " + Integer.getInteger("kiln.number") + " " + Integer.getInteger("kiln.number", 7));
        System.setProperty("kiln.number", "0x1F");
        System.out.println("Integer.getInteger 0x1F " + Integer.getInteger("kiln.number") + ", Long " + Long.getLong("kiln.number"));
        System.setProperty("kiln.flag", "TRUE");
        System.out.println("Boolean.getBoolean " + Boolean.getBoolean("kiln.flag") + " " + Boolean.getBoolean("kiln.surely.unset"));
        System.out.println("clear returns " + System.clearProperty("kiln.test") + ", then " + System.getProperty("kiln.test"));

        Properties p = System.getProperties();
        p.setProperty("kiln.via.properties", "yes");
        System.out.println("through getProperties: " + System.getProperty("kiln.via.properties"));

        try {
            System.getProperty(null);
        } catch (NullPointerException e) {
            System.out.println("null key: NPE " + e.getMessage());
        }
        try {
            System.getProperty("");
        } catch (IllegalArgumentException e) {
            System.out.println("empty key: " + e.getMessage());
        }
        try {
            System.setProperty("kiln.test", null);
        } catch (NullPointerException e) {
            System.out.println("null value: NPE");
        }

        System.out.println("getenv unset " + System.getenv("KILN_SURELY_UNSET_VARIABLE"));
        Map<String, String> env = System.getenv();
        System.out.println("getenv() has unset: " + env.containsKey("KILN_SURELY_UNSET_VARIABLE"));
        boolean agree = true;
        for (Map.Entry<String, String> e : env.entrySet()) {
            agree &= e.getValue().equals(System.getenv(e.getKey()));
        }
        System.out.println("getenv() agrees with getenv(name): " + agree);
        try {
            env.put("X", "y");
        } catch (UnsupportedOperationException e) {
            System.out.println("getenv() is unmodifiable");
        }
        try {
            System.getenv(null);
        } catch (NullPointerException e) {
            System.out.println("getenv(null): NPE");
        }
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) sb.append(c == '\n' ? "\\n" : c == '\r' ? "\\r" : String.valueOf(c));
        return sb.toString();
    }
}
