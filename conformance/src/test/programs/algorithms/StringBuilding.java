package algorithms;

/** Text algorithms built from StringBuilder and char arrays: run-length coding, Caesar, word wrap, number words. */
public class StringBuilding {
    static String rle(String s) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int j = i;
            while (j < s.length() && s.charAt(j) == c) j++;
            sb.append(j - i).append(c);
            i = j;
        }
        return sb.toString();
    }

    static String unrle(String s) {
        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (char c : s.toCharArray()) {
            if (Character.isDigit(c)) {
                count = count * 10 + (c - '0');
            } else {
                sb.append(String.valueOf(c).repeat(count));
                count = 0;
            }
        }
        return sb.toString();
    }

    static String caesar(String s, int shift) {
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c >= 'a' && c <= 'z') out[i] = (char) ('a' + Math.floorMod(c - 'a' + shift, 26));
            else if (c >= 'A' && c <= 'Z') out[i] = (char) ('A' + Math.floorMod(c - 'A' + shift, 26));
        }
        return new String(out);
    }

    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        int start = 0;
        while (start < text.length()) {
            int space = text.indexOf(' ', start);
            String word = space < 0 ? text.substring(start) : text.substring(start, space);
            start = space < 0 ? text.length() : space + 1;
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                out.append(line).append('\n');
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        return out.append(line).toString();
    }

    static final String[] ONES = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

    static String words(int n) {
        if (n < 0) return "minus " + words(-n);
        if (n < 20) return ONES[n];
        if (n < 100) return TENS[n / 10] + (n % 10 != 0 ? "-" + ONES[n % 10] : "");
        if (n < 1000) return ONES[n / 100] + " hundred" + (n % 100 != 0 ? " and " + words(n % 100) : "");
        if (n < 1000000) return words(n / 1000) + " thousand" + (n % 1000 != 0 ? " " + words(n % 1000) : "");
        return words(n / 1000000) + " million" + (n % 1000000 != 0 ? " " + words(n % 1000000) : "");
    }

    public static void main(String[] args) {
        String raw = "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW";
        String enc = rle(raw);
        System.out.println(enc + " " + unrle(enc).equals(raw));
        String msg = "The Quick Brown Fox Jumps Over The Lazy Dog.";
        String enc13 = caesar(msg, 13);
        System.out.println(enc13 + " | " + caesar(enc13, 13) + " | " + caesar(msg, -3));
        String lorem = "Kiln compiles Java bytecode ahead of time into WebAssembly GC modules that run as WASI commands on several engines without a JavaScript host";
        System.out.println(wrap(lorem, 30));
        System.out.println(wrap(lorem, 12));
        int[] nums = {0, 7, 13, 40, 99, 100, 115, 999, 1001, 20230, 1234567, -42};
        for (int v : nums) System.out.println(v + ": " + words(v));
        StringBuilder triangle = new StringBuilder();
        for (int row = 1; row <= 5; row++) {
            triangle.append(" ".repeat(5 - row)).append("*".repeat(2 * row - 1)).append('\n');
        }
        System.out.print(triangle);
    }
}
