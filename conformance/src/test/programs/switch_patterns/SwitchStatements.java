package switch_patterns;

// kiln:release=21
/** Pattern switch statements: loops, early returns, nested pattern switches, and exhaustive sealed switches. */
public class SwitchStatements {
    sealed interface Expr permits Num, Add, Mul, Neg {}
    record Num(int value) implements Expr {}
    record Add(Expr left, Expr right) implements Expr {}
    record Mul(Expr left, Expr right) implements Expr {}
    record Neg(Expr inner) implements Expr {}

    static int eval(Expr e) {
        return switch (e) {
            case Num n -> n.value();
            case Add(var l, var r) -> eval(l) + eval(r);
            case Mul(Num(var z), var r) when z == 0 -> 0;
            case Mul(var l, var r) -> eval(l) * eval(r);
            case Neg(Neg(var inner)) -> eval(inner);
            case Neg(var inner) -> -eval(inner);
        };
    }

    static String show(Expr e) {
        switch (e) {
            case Num n:
                return Integer.toString(n.value());
            case Add a:
                return "(" + show(a.left()) + " + " + show(a.right()) + ")";
            case Mul m:
                return show(m.left()) + "*" + show(m.right());
            case Neg n:
                return "-" + show(n.inner());
        }
    }

    static Expr simplify(Expr e) {
        return switch (e) {
            case Add(Num(var a), Num(var b)) -> new Num(a + b);
            case Add(var l, var r) -> new Add(simplify(l), simplify(r));
            case Mul(Num(var one), var r) when one == 1 -> simplify(r);
            case Mul(var l, var r) -> new Mul(simplify(l), simplify(r));
            case Neg(Num(var v)) -> new Num(-v);
            case Neg(var inner) -> new Neg(simplify(inner));
            case Num n -> n;
        };
    }

    public static void main(String[] args) {
        Expr[] exprs = {
            new Num(4),
            new Add(new Num(1), new Num(2)),
            new Mul(new Num(0), new Add(new Num(5), new Num(6))),
            new Mul(new Num(1), new Neg(new Neg(new Num(9)))),
            new Add(new Mul(new Num(3), new Num(4)), new Neg(new Add(new Num(1), new Num(1)))),
        };
        for (Expr e : exprs) {
            Expr s = simplify(e);
            System.out.println(show(e) + " = " + eval(e) + " ; simplified " + show(s) + " = " + eval(s));
            System.out.println("  " + e);
        }
        int total = 0;
        for (Expr e : exprs) {
            switch (e) {
                case Num n when n.value() > 3 -> total += 1000;
                case Num n -> total += 1;
                case Add a -> total += 10;
                default -> total += 100;
            }
        }
        System.out.println("total " + total);
    }
}
