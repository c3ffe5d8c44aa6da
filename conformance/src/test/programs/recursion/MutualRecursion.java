package recursion;

/** Mutually recursive methods: even/odd, a recursive-descent expression parser, and Hofstadter sequences. */
public class MutualRecursion {
    static boolean isEven(int n) { return n == 0 || isOdd(n - 1); }

    static boolean isOdd(int n) { return n != 0 && isEven(n - 1); }

    static String src;
    static int pos;

    static int parseExpr() {
        int v = parseTerm();
        while (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
            char op = src.charAt(pos++);
            int r = parseTerm();
            v = op == '+' ? v + r : v - r;
        }
        return v;
    }

    static int parseTerm() {
        int v = parseFactor();
        while (pos < src.length() && (src.charAt(pos) == '*' || src.charAt(pos) == '/')) {
            char op = src.charAt(pos++);
            int r = parseFactor();
            v = op == '*' ? v * r : v / r;
        }
        return v;
    }

    static int parseFactor() {
        char c = src.charAt(pos);
        if (c == '(') {
            pos++;
            int v = parseExpr();
            pos++;
            return v;
        }
        if (c == '-') {
            pos++;
            return -parseFactor();
        }
        int v = 0;
        while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
            v = v * 10 + (src.charAt(pos++) - '0');
        }
        return v;
    }

    static int eval(String s) {
        src = s;
        pos = 0;
        return parseExpr();
    }

    static int female(int n) { return n == 0 ? 1 : n - male(female(n - 1)); }

    static int male(int n) { return n == 0 ? 0 : n - female(male(n - 1)); }

    public static void main(String[] args) {
        System.out.println(isEven(0) + " " + isEven(7) + " " + isOdd(7) + " " + isEven(1000) + " " + isOdd(999));
        String[] exprs = {"1+2*3", "(1+2)*3", "10/3-4", "-(2+3)*-4", "2*(3+(4-1)*2)/3", "100-99-1", "7/-2", "((((9))))"};
        for (String e : exprs) {
            System.out.println(e + " = " + eval(e));
        }
        StringBuilder f = new StringBuilder("F:");
        StringBuilder m = new StringBuilder("M:");
        for (int n = 0; n < 20; n++) {
            f.append(' ').append(female(n));
            m.append(' ').append(male(n));
        }
        System.out.println(f);
        System.out.println(m);
    }
}
