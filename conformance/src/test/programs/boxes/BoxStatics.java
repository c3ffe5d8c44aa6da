package boxes;

/** Static helpers and constants of the box classes: MIN/MAX_VALUE, compare, and Character classification. */
public class BoxStatics {
    public static void main(String[] args) {
        System.out.println(Byte.MIN_VALUE + " " + Byte.MAX_VALUE + " " + Short.MIN_VALUE + " " + Short.MAX_VALUE + " "
                + (int) Character.MIN_VALUE + " " + (int) Character.MAX_VALUE);
        System.out.println(Integer.MIN_VALUE + " " + Integer.MAX_VALUE + " " + Long.MIN_VALUE + " " + Long.MAX_VALUE);
        System.out.println(Float.MAX_VALUE + " " + Float.MIN_VALUE + " " + Double.MAX_VALUE + " " + Double.MIN_VALUE);
        System.out.println(Integer.compare(3, 7) + " " + Long.compare(-1, -2) + " " + Short.compare((short) 1, (short) 5) + " "
                + Byte.compare((byte) -1, (byte) 1) + " " + Character.compare('b', 'a') + " " + Boolean.compare(true, false) + " "
                + Double.compare(1.5, 1.5) + " " + Float.compare(-0f, 0f));
        StringBuilder cls = new StringBuilder();
        for (char c = ' '; c < 128; c++) {
            if (c % 32 == 0) cls.append('\n');
            cls.append(Character.isDigit(c) ? 'd' : Character.isLetter(c) ? 'L' : Character.isWhitespace(c) ? 'w' : '.');
        }
        System.out.println(cls);
        System.out.println(Character.isWhitespace('\t') + " " + Character.isWhitespace('\n') + " " + Character.isWhitespace('\u000b') + " "
                + Character.isWhitespace('\u001c') + " " + Character.isWhitespace('\u0000') + " " + Character.isWhitespace('\u00a0'));
        StringBuilder up = new StringBuilder();
        String mixed = "Hello World 123 _-+ zZ";
        for (int i = 0; i < mixed.length(); i++) {
            up.append(Character.toUpperCase(mixed.charAt(i)));
        }
        System.out.println(up);
        StringBuilder digits = new StringBuilder();
        for (char c : "09afAFzZ!".toCharArray()) {
            digits.append(Character.digit(c, 16)).append(',').append(Character.digit(c, 36)).append(',').append(Character.digit(c, 10)).append(' ');
        }
        System.out.println(digits);
        StringBuilder forDigits = new StringBuilder();
        for (int d = -1; d <= 36; d += 3) {
            char f = Character.forDigit(d, 36);
            forDigits.append(f == 0 ? '_' : f);
        }
        forDigits.append(' ').append(Character.forDigit(11, 10) == 0).append(' ').append(Character.forDigit(11, 16));
        System.out.println(forDigits);
        System.out.println(Integer.MAX_VALUE + 1 == Integer.MIN_VALUE);
        System.out.println(Character.isDigit('7') + " " + Character.isLetter('\u00e9'));
    }
}
