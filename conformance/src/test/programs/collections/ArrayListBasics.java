package collections;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * java.util.ArrayList compiled from the JDK's class files: growth (Arrays.copyOf into the list's own array
 * class), add/remove/set/get/indexOf/contains, the index check messages of Objects.checkIndex and its
 * range forms, for-each iteration, remove(Object), addAll, toString, subList and removeIf;
 * and Arrays.copyOf/copyOfRange of a String[], which keep the array's class (and its store check).
 */
public class ArrayListBasics {
    public static void main(String[] args) {
        ArrayList<String> l = new ArrayList<>();
        for (int i = 0; i < 20; i++) l.add("s" + i);
        l.remove(3);
        l.set(0, "x");
        System.out.println(l.size() + " " + l.get(0) + " " + l.get(5) + " " + l.indexOf("s7") + " " + l.contains("s3"));
        try {
            l.get(99);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            l.get(-1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            l.add(25, "y");
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            l.subList(5, 2);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            l.subList(2, 50);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }

        int total = 0;
        for (String s : l) total += s.length();
        System.out.println("length sum " + total);

        System.out.println(l.remove("s10") + " " + l.remove("absent") + " " + l.size());
        List<String> more = new ArrayList<>();
        more.add("m1");
        more.add("m2");
        more.add(null);
        System.out.println(l.addAll(more) + " " + l.addAll(2, more) + " " + l.size());
        System.out.println(l);
        System.out.println(l.indexOf(null) + " " + l.lastIndexOf(null) + " " + l.lastIndexOf("m1"));

        List<String> sub = l.subList(3, 8);
        System.out.println(sub + " " + sub.size());
        sub.set(0, "changed");
        sub.remove(1);
        System.out.println(l.get(3) + " " + l.size() + " " + sub);

        l.removeIf(s -> s == null);
        System.out.println(l);

        String[] strings = {"a", "b", "c"};
        String[] longer = Arrays.copyOf(strings, 5);
        String[] range = Arrays.copyOfRange(strings, 1, 4);
        System.out.println(longer.getClass().getName() + " " + longer.length + " " + longer[2] + " " + longer[4]);
        System.out.println(range.getClass().getName() + " " + Arrays.toString(range));
        Object[] asObjects = longer;
        try {
            asObjects[0] = Integer.valueOf(1);
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException " + e.getMessage());
        }
        Object[] objects = l.toArray();
        System.out.println(objects.getClass().getName() + " " + objects.length);

        ArrayList<Integer> numbers = new ArrayList<>(4);
        for (int i = 0; i < 100; i++) numbers.add(i * i % 17);
        int sum = 0;
        for (int n : numbers) sum += n;
        System.out.println(numbers.size() + " " + sum + " " + numbers.contains(16) + " " + numbers.indexOf(13));
        numbers.clear();
        System.out.println(numbers.isEmpty() + " " + numbers);
        System.out.println(l.equals(new ArrayList<>(l)) + " " + (l.hashCode() == new ArrayList<>(l).hashCode()));
    }
}
