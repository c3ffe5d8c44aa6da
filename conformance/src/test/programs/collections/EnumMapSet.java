package collections;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * java.util.EnumMap and EnumSet (RegularEnumSet for up to 64 constants, JumboEnumSet beyond): ordinal
 * iteration order whatever the insertion order, range/complementOf/allOf/noneOf/of/copyOf, set algebra
 * on the bit vectors, iterator removal, null keys rejected, wrong-type keys ignored by get and rejected by
 * put, equals/hashCode against HashMap and HashSet, and constants with bodies (their class is a subclass).
 */
public class EnumMapSet {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }

    enum Op {
        PLUS { int apply(int a, int b) { return a + b; } },
        TIMES { int apply(int a, int b) { return a * b; } },
        MINUS { int apply(int a, int b) { return a - b; } };

        abstract int apply(int a, int b);
    }

    /** 70 constants: EnumSet picks its long[]-backed form. */
    enum Big {
        B00, B01, B02, B03, B04, B05, B06, B07, B08, B09, B10, B11, B12, B13, B14, B15, B16, B17, B18, B19,
        B20, B21, B22, B23, B24, B25, B26, B27, B28, B29, B30, B31, B32, B33, B34, B35, B36, B37, B38, B39,
        B40, B41, B42, B43, B44, B45, B46, B47, B48, B49, B50, B51, B52, B53, B54, B55, B56, B57, B58, B59,
        B60, B61, B62, B63, B64, B65, B66, B67, B68, B69
    }

    enum Empty {}

    public static void main(String[] args) {
        EnumMap<Day, String> m = new EnumMap<>(Day.class);
        m.put(Day.SUN, "rest");
        m.put(Day.MON, "work");
        m.put(Day.WED, null);
        m.put(Day.FRI, "party");
        System.out.println(m + " size " + m.size());
        System.out.println("get WED " + m.get(Day.WED) + " containsKey WED " + m.containsKey(Day.WED)
                + " containsKey TUE " + m.containsKey(Day.TUE) + " containsValue null " + m.containsValue(null));
        System.out.println("get wrong type " + m.get("MON") + " containsKey wrong type " + m.containsKey(1)
                + " remove wrong type " + m.remove("SUN"));
        System.out.println("keySet " + m.keySet() + " values " + m.values() + " firstKey via iterator "
                + m.keySet().iterator().next());
        System.out.println("put again " + m.put(Day.MON, "meet") + " remove SUN " + m.remove(Day.SUN) + " merge "
                + m.merge(Day.FRI, "!", String::concat) + " computeIfAbsent SAT " + m.computeIfAbsent(Day.SAT, d -> d.name().toLowerCase()));
        System.out.println(m);
        try {
            m.put(null, "x");
        } catch (NullPointerException e) {
            System.out.println("null key " + e.getClass().getName());
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        Map<Object, String> raw = (Map) m;
        try {
            raw.put("MON", "x");
        } catch (ClassCastException e) {
            System.out.println("wrong key type " + e.getClass().getName());
        }
        HashMap<Day, String> hm = new HashMap<>(m);
        System.out.println("equals HashMap " + m.equals(hm) + " " + hm.equals(m) + " hash equal "
                + (m.hashCode() == hm.hashCode()));
        EnumMap<Day, String> copy = new EnumMap<>(m);
        copy.put(Day.TUE, "copy");
        System.out.println("copy " + copy + " original unchanged " + !m.containsKey(Day.TUE));
        Iterator<Map.Entry<Day, String>> it = copy.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Day, String> e = it.next();
            if (e.getValue() == null) it.remove();
            else e.setValue(e.getValue().toUpperCase());
        }
        System.out.println("entry iteration " + copy);
        EnumMap<Op, Integer> ops = new EnumMap<>(Op.class);
        for (Op op : Op.values()) ops.put(op, op.apply(7, 3));
        System.out.println("ops " + ops + " class is subclass " + (Op.PLUS.getClass() != Op.class)
                + " declaring " + Op.PLUS.getDeclaringClass().getSimpleName());
        try {
            new EnumMap<Day, String>(new HashMap<Day, String>());
        } catch (IllegalArgumentException e) {
            System.out.println("EnumMap from empty map: " + e.getMessage());
        }

        EnumSet<Day> weekend = EnumSet.of(Day.SUN, Day.SAT);
        EnumSet<Day> workdays = EnumSet.complementOf(weekend);
        EnumSet<Day> midweek = EnumSet.range(Day.TUE, Day.THU);
        System.out.println("weekend " + weekend + " workdays " + workdays + " midweek " + midweek);
        System.out.println("allOf " + EnumSet.allOf(Day.class) + " noneOf " + EnumSet.noneOf(Day.class)
                + " of one " + EnumSet.of(Day.WED) + " of many " + EnumSet.of(Day.FRI, Day.MON, Day.TUE, Day.MON, Day.SUN));
        EnumSet<Day> s = EnumSet.copyOf(List.of(Day.THU, Day.MON, Day.THU));
        System.out.println("copyOf " + s + " add " + s.add(Day.SAT) + " add again " + s.add(Day.SAT) + " remove "
                + s.remove(Day.MON) + " contains THU " + s.contains(Day.THU) + " contains string " + s.contains("THU"));
        EnumSet<Day> u = EnumSet.copyOf(midweek);
        u.addAll(weekend);
        EnumSet<Day> i = EnumSet.copyOf(workdays);
        i.retainAll(EnumSet.of(Day.MON, Day.SAT, Day.WED));
        EnumSet<Day> d = EnumSet.allOf(Day.class);
        d.removeAll(midweek);
        System.out.println("union " + u + " inter " + i + " diff " + d + " containsAll " + d.containsAll(weekend));
        System.out.println("equals HashSet " + weekend.equals(Set.of(Day.SAT, Day.SUN)) + " hash equal "
                + (weekend.hashCode() == new java.util.HashSet<>(weekend).hashCode()));
        Iterator<Day> di = d.iterator();
        while (di.hasNext()) if (di.next().ordinal() % 2 == 0) di.remove();
        System.out.println("iterator removal " + d + " size " + d.size());
        try {
            EnumSet.range(Day.FRI, Day.MON);
        } catch (IllegalArgumentException e) {
            System.out.println("range reversed: " + e.getMessage());
        }
        try {
            EnumSet.copyOf(new java.util.ArrayList<Day>());
        } catch (IllegalArgumentException e) {
            System.out.println("copyOf empty collection: " + e.getMessage());
        }
        try {
            s.add(null);
        } catch (NullPointerException e) {
            System.out.println("add null " + e.getClass().getName());
        }
        EnumSet<Empty> none = EnumSet.allOf(Empty.class);
        System.out.println("empty enum allOf " + none + " complement " + EnumSet.complementOf(none));
        EnumSet<Op> opSet = EnumSet.of(Op.MINUS, Op.PLUS);
        System.out.println("constants with bodies " + opSet + " complement " + EnumSet.complementOf(opSet));

        EnumSet<Big> big = EnumSet.noneOf(Big.class);
        for (Big b : Big.values()) if (b.ordinal() % 9 == 0 || b.ordinal() > 66) big.add(b);
        System.out.println("jumbo " + big + " size " + big.size());
        EnumSet<Big> bigRange = EnumSet.range(Big.B60, Big.B68);
        System.out.println("jumbo range " + bigRange + " complement size " + EnumSet.complementOf(bigRange).size()
                + " contains B63 " + bigRange.contains(Big.B63) + " B64 " + bigRange.contains(Big.B64));
        bigRange.retainAll(big);
        System.out.println("jumbo retain " + bigRange + " allOf size " + EnumSet.allOf(Big.class).size());
        Iterator<Big> bi = big.iterator();
        while (bi.hasNext()) if (bi.next().ordinal() < 50) bi.remove();
        System.out.println("jumbo iterator removal " + big);
        EnumMap<Big, Integer> bigMap = new EnumMap<>(Big.class);
        for (Big b : EnumSet.range(Big.B62, Big.B66)) bigMap.put(b, b.ordinal());
        System.out.println("big map " + bigMap + " valueOf " + Big.valueOf("B65") + " " + Day.valueOf("WED").compareTo(Day.MON));
    }
}
