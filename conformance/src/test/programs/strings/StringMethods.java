package strings;

/** String methods on ordinary and edge inputs: searching, slicing, case, trimming, repeating, joining. */
public class StringMethods {
    public static void main(String[] args) {
        String s = "Hello, Kiln World! Hello again.";
        System.out.println(s.length() + " " + s.isEmpty() + " " + s.charAt(7) + " " + s.charAt(s.length() - 1));
        System.out.println(s.indexOf('o') + " " + s.indexOf('o', 5) + " " + s.indexOf('o', 100) + " " + s.indexOf('o', -5) + " "
                + s.indexOf('z'));
        System.out.println(s.indexOf("Hello") + " " + s.indexOf("Hello", 1) + " " + s.indexOf("") + " " + s.indexOf("", 99) + " "
                + s.indexOf("xyz"));
        System.out.println(s.lastIndexOf('l') + " " + s.lastIndexOf('l', 10) + " " + s.lastIndexOf('l', -1) + " "
                + s.lastIndexOf("Hello") + " " + s.lastIndexOf("Hello", 18) + " " + s.lastIndexOf(""));
        System.out.println(s.startsWith("Hello") + " " + s.startsWith("") + " " + s.startsWith("hello") + " " + s.endsWith("again.")
                + " " + s.endsWith("") + " " + s.contains("Kiln") + " " + s.contains("kiln") + " " + s.contains(""));
        System.out.println("[" + s.substring(7) + "] [" + s.substring(7, 11) + "] [" + s.substring(3, 3) + "] ["
                + s.substring(s.length()) + "]");
        System.out.println("abc".concat("def").concat("") + " " + "".concat("x"));
        System.out.println(s.replace('l', 'L') + " | " + s.replace("Hello", "Bye") + " | " + "aaaa".replace("aa", "b") + " | "
                + "abc".replace("", "-") + " | " + "abc".replace('z', 'y'));
        System.out.println(s.toUpperCase() + " | " + s.toLowerCase() + " | " + "MiXeD 123 _!".toLowerCase());
        String padded = " \t\n  padded text \r\n\u000b ";
        System.out.println("[" + padded.trim() + "] [" + padded.strip() + "] " + padded.isBlank() + " " + "   ".isBlank() + " "
                + "".isBlank() + " [" + "   ".trim() + "]");
        String ctrl = "\u0001x\u0001";
        System.out.println(ctrl.trim().length() + " " + ctrl.strip().length());
        System.out.println("ab".repeat(3) + " [" + "ab".repeat(0) + "] [" + "".repeat(5) + "] " + "-".repeat(10));
        char[] cs = "chars".toCharArray();
        cs[0] = 'C';
        System.out.println(new String(cs) + " " + cs.length + " " + String.valueOf(cs));
        System.out.println(String.valueOf(true) + String.valueOf('c') + String.valueOf(12) + String.valueOf(-3L)
                + String.valueOf(1.5f) + String.valueOf(2.25) + String.valueOf((Object) "o"));
        System.out.println(String.join(", ", "a", "b", "c") + " | " + String.join("", "x", "y") + " | " + String.join("/", "solo"));
        String[] parts = {"usr", "local", "bin"};
        System.out.println("/" + String.join("/", parts));
        StringBuilder reversed = new StringBuilder();
        for (int i = s.length() - 1; i >= 0; i--) {
            reversed.append(s.charAt(i));
        }
        System.out.println(reversed);
        int words = 0;
        boolean inWord = false;
        for (char ch : s.toCharArray()) {
            boolean letter = Character.isLetter(ch);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        System.out.println("words " + words);
        String csv = "one,two,,four,";
        int from = 0;
        StringBuilder fields = new StringBuilder();
        while (true) {
            int comma = csv.indexOf(',', from);
            if (comma < 0) {
                fields.append('[').append(csv.substring(from)).append(']');
                break;
            }
            fields.append('[').append(csv.substring(from, comma)).append(']');
            from = comma + 1;
        }
        System.out.println(fields);
    }
}
