package objects;

/** equals, hashCode and toString overridden by hand, and used through Object references. */
public class ValueObjects {
    static final class Money {
        final long cents;
        final String currency;

        Money(long cents, String currency) {
            this.cents = cents;
            this.currency = currency;
        }

        Money plus(Money o) {
            return new Money(cents + o.cents, currency);
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Money)) return false;
            Money m = (Money) o;
            return cents == m.cents && currency.equals(m.currency);
        }

        @Override
        public int hashCode() {
            return 31 * (int) (cents ^ (cents >>> 32)) + currency.hashCode();
        }

        @Override
        public String toString() {
            long abs = Math.abs(cents);
            String frac = abs % 100 < 10 ? "0" + abs % 100 : "" + abs % 100;
            return (cents < 0 ? "-" : "") + abs / 100 + "." + frac + " " + currency;
        }
    }

    static class Pair {
        final Object first;
        final Object second;

        Pair(Object first, Object second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Pair)) return false;
            Pair p = (Pair) o;
            return eq(first, p.first) && eq(second, p.second);
        }

        static boolean eq(Object a, Object b) {
            return a == null ? b == null : a.equals(b);
        }

        @Override
        public int hashCode() {
            return (first == null ? 0 : first.hashCode()) * 17 + (second == null ? 0 : second.hashCode());
        }

        @Override
        public String toString() {
            return "<" + first + ", " + second + ">";
        }
    }

    public static void main(String[] args) {
        Money a = new Money(1050, "EUR");
        Money b = new Money(-5, "EUR");
        Money c = new Money(1050, "EUR");
        Money d = new Money(1050, "USD");
        System.out.println(a + " | " + b + " | " + a.plus(b) + " | " + new Money(7, "JPY"));
        System.out.println(a.equals(c) + " " + (a == c) + " " + a.equals(d) + " " + a.equals(null) + " " + a.equals("1050"));
        System.out.println((a.hashCode() == c.hashCode()) + " " + a.hashCode() + " " + d.hashCode());
        Object o = a;
        System.out.println(o.toString() + " " + o.equals(c) + " " + o.hashCode());
        Pair p1 = new Pair(a, null);
        Pair p2 = new Pair(c, null);
        Pair p3 = new Pair("x", new Pair(1, 2.5));
        System.out.println(p1 + " " + p3 + " " + p1.equals(p2) + " " + p1.equals(p3) + " " + (p1.hashCode() == p2.hashCode()));
        Object[] things = {a, p3, "str", null, 42};
        StringBuilder sb = new StringBuilder();
        for (Object t : things) {
            sb.append(t).append(';');
        }
        System.out.println(sb);
        System.out.println(String.valueOf((Object) null) + " " + String.valueOf(b));
    }
}
