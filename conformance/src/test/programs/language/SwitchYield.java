package language;

// kiln:release=21

/**
 * Switch expressions: yield from colon-form and arrow-form blocks, from inside loops and try/finally (the
 * value is taken before finally runs), an arm that throws, nested switch expressions, switch expressions on
 * Strings whose hash codes collide ("Aa"/"BB", "AaAa"/"BBBB"/"AaBB"/"BBAa") and on null (NullPointerException),
 * exhaustive enum switches without default, and pattern switches with guards, null and yield (Java 21).
 */
public class SwitchYield {
    enum Op { ADD, SUB, MUL, NEG }

    static final StringBuilder LOG = new StringBuilder();

    static String collide(String s) {
        return switch (s) {
            case "Aa":
                yield "Aa:" + s.hashCode();
            case "BB":
                LOG.append("BB ");
            case "C#":
                yield "BB-or-C#";
            case "AaAa", "BBBB":
                throw new IllegalStateException("colliding four " + s);
            default:
                if (s.length() == 4) {
                    yield "four:" + (s.hashCode() == "AaAa".hashCode());
                }
                yield "other";
        };
    }

    static String collideArrow(String s) {
        return switch (s) {
            case "AaAa" -> "AaAa";
            case "BBBB" -> "BBBB";
            case "AaBB", "BBAa" -> {
                String r = s.substring(2) + s.substring(0, 2);
                yield "swapped " + r;
            }
            default -> "none";
        };
    }

    static int search(int[] values, int wanted) {
        return switch (values.length) {
            case 0 -> -1;
            default -> {
                for (int i = 0; i < values.length; i++) {
                    if (values[i] == wanted) yield i;
                }
                yield -values.length;
            }
        };
    }

    static int withFinally(int v) {
        int[] box = {v};
        int r = switch (v % 3) {
            case 0 -> {
                try {
                    yield box[0] * 10;
                } finally {
                    box[0] = -1;
                    LOG.append("finally ");
                }
            }
            case 1, -1 -> {
                try {
                    if (v > 5) throw new IllegalArgumentException("big " + v);
                    yield v;
                } catch (IllegalArgumentException e) {
                    yield e.getMessage().length();
                }
            }
            default -> throw new UnsupportedOperationException("two " + v);
        };
        return r * 1000 + box[0];
    }

    static int apply(Op op, int a, int b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> {
                int p = a * b;
                yield switch (Integer.signum(p)) {
                    case -1 -> p - 1;
                    case 0 -> 0;
                    default -> p + 1;
                };
            }
            case NEG -> -a;
        };
    }

    static String classify(Object o) {
        return switch (o) {
            case null -> "null";
            case Integer i when i > 10 -> {
                int half = i / 2;
                yield "big int half " + half;
            }
            case Integer i -> "int " + i;
            case String s when s.isEmpty() -> "empty string";
            case String s -> {
                StringBuilder sb = new StringBuilder();
                for (int i = s.length() - 1; i >= 0; i--) sb.append(s.charAt(i));
                yield "reversed " + sb;
            }
            case int[] arr -> "ints " + arr.length;
            default -> "other " + o.getClass().getName();
        };
    }

    public static void main(String[] args) {
        String[] keys = {"Aa", "BB", "C#", "AaBB", "BBAa", "ABCD", "x", new String(new char[] {'B', 'B'})};
        for (String k : keys) {
            System.out.println("collide " + k + " -> " + collide(k) + " / " + collideArrow(k) + " log " + LOG);
            LOG.setLength(0);
        }
        try {
            collide("BBBB");
        } catch (IllegalStateException e) {
            System.out.println("BBBB: " + e.getMessage());
        }
        String nothing = args.length > 3 ? "Aa" : null;
        try {
            collideArrow(nothing);
        } catch (NullPointerException e) {
            System.out.println("null string: NullPointerException");
        }
        int[] vals = {4, 8, 15, 16, 23, 42};
        System.out.println("search " + search(vals, 15) + " " + search(vals, 7) + " " + search(new int[0], 1));
        for (int v = -3; v <= 9; v++) {
            try {
                System.out.print(withFinally(v) + " ");
            } catch (UnsupportedOperationException e) {
                System.out.print("[" + e.getMessage() + "] ");
            }
        }
        System.out.println("log " + LOG);
        for (Op op : Op.values()) System.out.print(op + "=" + apply(op, 6, -7) + " ");
        System.out.println();
        Object[] things = {null, 5, 50, "", "kiln", new int[3], 2.5};
        for (Object o : things) System.out.println("classify " + classify(o));
        int total = 0;
        for (int i = 0; i < 6; i++) {
            total += switch (i) {
                case 0, 1 -> i;
                case 2 -> {
                    int sq = i * i;
                    yield sq + switch (sq) { case 4 -> 100; default -> 0; };
                }
                default -> -1;
            };
        }
        System.out.println("total " + total);
    }
}
