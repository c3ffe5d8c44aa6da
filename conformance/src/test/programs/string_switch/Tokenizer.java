package string_switch;

/** A small tokenizer and evaluator whose keywords and operators are recognised by string switches. */
public class Tokenizer {
    static int precedence(String op) {
        return switch (op) {
            case "+", "-" -> 1;
            case "*", "/", "%" -> 2;
            case "**" -> 3;
            default -> 0;
        };
    }

    static int apply(String op, int a, int b) {
        switch (op) {
            case "+": return a + b;
            case "-": return a - b;
            case "*": return a * b;
            case "/": return a / b;
            case "%": return a % b;
            case "**": {
                int r = 1;
                for (int k = 0; k < b; k++) r *= a;
                return r;
            }
            default: return 0;
        }
    }

    static String keyword(String word) {
        switch (word) {
            case "let": case "var": return "binding";
            case "if": case "else": case "while": return "control";
            case "true": case "false": return "literal";
            default: return "identifier";
        }
    }

    public static void main(String[] args) {
        String[] ops = {"+", "-", "*", "/", "%", "**", "^", ""};
        for (String op : ops) System.out.println("op " + op + " prec " + precedence(op) + " 7?3 = " + apply(op, 7, 3));
        String source = "let x = if true else while y var false";
        int start = 0;
        for (int k = 0; k <= source.length(); k++) {
            if (k == source.length() || source.charAt(k) == ' ') {
                String word = source.substring(start, k);
                System.out.println(word + " : " + keyword(word));
                start = k + 1;
            }
        }
    }
}
