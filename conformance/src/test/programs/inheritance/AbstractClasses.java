package inheritance;

/** Abstract classes with template methods calling abstract hooks implemented further down. */
public class AbstractClasses {
    abstract static class Expr {
        abstract int eval();

        abstract String show();

        String render() { return show() + " = " + eval(); }
    }

    static final class Num extends Expr {
        final int v;

        Num(int v) { this.v = v; }

        @Override int eval() { return v; }

        @Override String show() { return Integer.toString(v); }
    }

    abstract static class Binary extends Expr {
        final Expr l;
        final Expr r;

        Binary(Expr l, Expr r) {
            this.l = l;
            this.r = r;
        }

        abstract int apply(int a, int b);

        abstract char symbol();

        @Override int eval() { return apply(l.eval(), r.eval()); }

        @Override String show() { return "(" + l.show() + " " + symbol() + " " + r.show() + ")"; }
    }

    static final class Add extends Binary {
        Add(Expr l, Expr r) { super(l, r); }
        @Override int apply(int a, int b) { return a + b; }
        @Override char symbol() { return '+'; }
    }

    static final class Mul extends Binary {
        Mul(Expr l, Expr r) { super(l, r); }
        @Override int apply(int a, int b) { return a * b; }
        @Override char symbol() { return '*'; }
    }

    static final class Sub extends Binary {
        Sub(Expr l, Expr r) { super(l, r); }
        @Override int apply(int a, int b) { return a - b; }
        @Override char symbol() { return '-'; }
        @Override String show() { return "[" + super.show() + "]"; }
    }

    abstract static class Template {
        final StringBuilder out = new StringBuilder();

        final String run() {
            begin();
            for (int i = 0; i < count(); i++) {
                step(i);
            }
            end();
            return out.toString();
        }

        void begin() { out.append('{'); }
        void end() { out.append('}'); }
        abstract int count();
        abstract void step(int i);
    }

    static class Squares extends Template {
        @Override int count() { return 5; }
        @Override void step(int i) { out.append(i * i).append(','); }
    }

    static class Letters extends Template {
        @Override int count() { return 3; }
        @Override void step(int i) { out.append((char) ('a' + i)); }
        @Override void end() { out.append('!'); super.end(); }
    }

    public static void main(String[] args) {
        Expr e = new Add(new Num(2), new Mul(new Num(3), new Sub(new Num(10), new Num(4))));
        System.out.println(e.render());
        Expr big = new Num(1);
        for (int i = 2; i <= 6; i++) {
            big = i % 2 == 0 ? new Mul(big, new Num(i)) : new Add(big, new Num(i));
        }
        System.out.println(big.render());
        System.out.println(new Squares().run() + " " + new Letters().run());
    }
}
