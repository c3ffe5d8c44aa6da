package regex;

// kiln:pending jdk=25 reason="JDK 25's java.util.regex reaches streams (fork/join) through Locale, docs/CLASS-LIBRARY.md Status"

/** String.matches, replaceAll, replaceFirst and split as programs use them: validation, cleanup, tokenizing. */
public class StringRegexMethods {
    public static void main(String[] args) {
        String[] emails = {"ann@example.com", "bad@", "x.y+tag@sub.domain.org", "@nope.com", "no spaces@x.com"};
        for (String e : emails) {
            System.out.println(e + " valid=" + e.matches("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+"));
        }
        String[] numbers = {"42", "-7", "+3.14", "1e10", "0x1F", ".5", "5.", "abc", ""};
        for (String n : numbers) {
            System.out.println(n + " int=" + n.matches("[+-]?\\d+") + " decimal=" + n.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")
                    + " hex=" + n.matches("0[xX][0-9a-fA-F]+"));
        }
        String messy = "  The   quick\tbrown\n\nfox  ";
        System.out.println("[" + messy.trim().replaceAll("\\s+", " ") + "]");
        System.out.println("camelCaseToSnake".replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase());
        System.out.println("snake_case_to_camel".replaceFirst("_", "-"));
        System.out.println("2024-02-29".replaceAll("(\\d+)-(\\d+)-(\\d+)", "$3/$2/$1"));
        System.out.println("a1b2c3".replaceAll("[0-9]", "#") + " " + "a1b2c3".replaceAll("[^0-9]", ""));
        System.out.println("Hello, World!".replaceAll("[^A-Za-z]", "").length());
        String csv = "name,age,,city,";
        System.out.println(csv.split(",").length + " " + csv.split(",", -1).length + " " + String.join("|", csv.split(",", 3)));
        String sentence = "It's a test, isn't it? Yes: it is.";
        for (String word : sentence.split("[\\s,?:.]+")) {
            System.out.print("<" + word + ">");
        }
        System.out.println();
        String kv = "a=1; b = 2 ;c= 3";
        for (String pair : kv.split("\\s*;\\s*")) {
            String[] parts = pair.split("\\s*=\\s*", 2);
            System.out.print(parts[0] + "->" + parts[1] + " ");
        }
        System.out.println();
        System.out.println("1,234,567".replaceAll(",", "").length() + " " + "aaa".replaceAll("a*", "X") + " " + "abc".replaceAll("", "-"));
        System.out.println("path/to//file".split("/").length + " " + "path/to//file".replace("//", "/"));
        System.out.println("ÉCOLE".matches("(?i)école") + " " + "ÉCOLE".matches("(?iu)école") + " " + "x".matches("(?i)X"));
        System.out.println("tab\tsep\tvalues".split("\t").length + " " + "dots.in.name".split("\\.").length + " " + "a|b".split("|").length);
        StringBuilder roman = new StringBuilder();
        for (String r : new String[] {"XIV", "MMXXIV", "IIII", "IC", "MCMXCIV", ""}) {
            roman.append(r).append('=').append(r.matches("M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")).append(' ');
        }
        System.out.println(roman);
    }
}
