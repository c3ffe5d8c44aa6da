package lang;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The Object method contracts as the collections rely on them: getClass of instances, arrays and
 * anonymous classes, equals/hashCode pairs written with Objects.equals/Objects.hash, a class whose
 * equals is overridden without hashCode (so HashSet sees duplicates only when the default hashes differ:
 * compared, not printed), toString overrides, Objects helpers (toString with defaults, requireNonNull
 * messages, requireNonNullElse/ElseGet, checkIndex, isNull/nonNull, compare) and clone of arrays.
 */
public class ObjectContracts {
    static final class Money {
        final String currency;
        final long cents;

        Money(String currency, long cents) {
            this.currency = currency;
            this.cents = cents;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Money)) {
                return false;
            }
            Money m = (Money) o;
            return cents == m.cents && currency.equals(m.currency);
        }

        @Override
        public int hashCode() {
            return Objects.hash(currency, cents);
        }

        @Override
        public String toString() {
            return currency + " " + cents / 100 + "." + String.format("%02d", cents % 100);
        }
    }

    public static void main(String[] args) {
        Money a = new Money("EUR", 1050);
        Money b = new Money("EUR", 1050);
        Money c = new Money("USD", 1050);
        System.out.println(a + " equals " + a.equals(b) + " " + a.equals(c) + " null " + a.equals(null) + " other type " + a.equals("EUR 10.50"));
        System.out.println("hash equal " + (a.hashCode() == b.hashCode()) + " value " + a.hashCode());
        Set<Money> set = new HashSet<>(List.of(a, c));
        System.out.println("set contains copy " + set.contains(b) + " size after add " + (set.add(b) ? 3 : set.size()));
        Map<Money, String> map = new HashMap<>();
        map.put(a, "first");
        map.put(b, "second");
        System.out.println("map " + map);
        System.out.println("getClass " + a.getClass().getName() + " " + new int[0].getClass().getName() + " " + new String[0][0].getClass().getSimpleName()
                + " anonymous " + new Object() { }.getClass().isAnonymousClass() + " lambda not anonymous " + ((Runnable) () -> { }).getClass().isAnonymousClass());
        System.out.println("same class " + (a.getClass() == b.getClass()) + " " + (new Object().getClass() == Object.class));
        System.out.println("Objects.toString " + Objects.toString(null) + " " + Objects.toString(null, "none") + " " + Objects.toString(a, "x"));
        System.out.println("Objects.equals " + Objects.equals(null, null) + " " + Objects.equals(a, null) + " deepEquals "
                + Objects.deepEquals(new int[][] {{1}}, new int[][] {{1}}));
        System.out.println("Objects.hash " + Objects.hash() + " " + Objects.hash((Object) null) + " " + Objects.hash("a", 1) + " hashCode " + Objects.hashCode("a"));
        try {
            Objects.requireNonNull(null);
        } catch (NullPointerException e) {
            System.out.println("requireNonNull: " + e.getMessage());
        }
        try {
            Objects.requireNonNull(null, "money must not be null");
        } catch (NullPointerException e) {
            System.out.println("requireNonNull msg: " + e.getMessage());
        }
        try {
            Objects.requireNonNull(null, () -> "supplied " + 42);
        } catch (NullPointerException e) {
            System.out.println("requireNonNull supplier: " + e.getMessage());
        }
        System.out.println("requireNonNullElse " + Objects.requireNonNullElse(null, "else") + " " + Objects.requireNonNullElseGet(null, () -> "got"));
        try {
            Objects.requireNonNullElse(null, null);
        } catch (NullPointerException e) {
            System.out.println("both null: " + e.getMessage());
        }
        System.out.println("isNull " + Objects.isNull(null) + " nonNull " + Objects.nonNull(a) + " compare " + Objects.compare("a", "b", String::compareTo));
        try {
            Objects.checkIndex(5, 5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("checkIndex: " + e.getMessage());
        }
        try {
            Objects.checkFromToIndex(3, 2, 5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("checkFromToIndex: " + e.getMessage());
        }
        try {
            Objects.checkFromIndexSize(2, 4, 5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("checkFromIndexSize: " + e.getMessage());
        }
        int[] arr = {1, 2, 3};
        int[] copy = arr.clone();
        copy[0] = 99;
        System.out.println("clone " + arr[0] + " " + copy[0] + " distinct " + (arr != copy) + " class " + (arr.getClass() == copy.getClass()));
    }
}
