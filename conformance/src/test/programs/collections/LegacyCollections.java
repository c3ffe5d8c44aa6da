package collections;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Stack;
import java.util.Vector;

/** The legacy synchronized collections: Vector, Stack, Hashtable, Enumeration, and their exceptions. */
public class LegacyCollections {
    public static void main(String[] args) {
        Vector<String> v = new Vector<>(3, 2);
        for (String s : "a b c d e".split(" ")) v.addElement(s);
        System.out.println(v + " size " + v.size() + " capacity " + v.capacity());
        v.insertElementAt("z", 1);
        v.removeElementAt(3);
        v.setElementAt("Y", 0);
        System.out.println(v + " first " + v.firstElement() + " last " + v.lastElement() + " indexOf " + v.indexOf("d") + " " + v.lastIndexOf("q"));
        v.setSize(7);
        System.out.println(v + " " + v.size());
        v.trimToSize();
        System.out.println("capacity after trim " + v.capacity());
        Enumeration<String> e = v.elements();
        StringBuilder sb = new StringBuilder();
        while (e.hasMoreElements()) sb.append(e.nextElement()).append(',');
        System.out.println(sb);
        try {
            v.elementAt(20);
        } catch (ArrayIndexOutOfBoundsException ex) {
            System.out.println("AIOOBE " + ex.getMessage());
        }
        try {
            new Vector<String>().firstElement();
        } catch (java.util.NoSuchElementException ex) {
            System.out.println("NoSuchElementException " + ex.getMessage());
        }

        Stack<Integer> stack = new Stack<>();
        for (int i = 1; i <= 5; i++) stack.push(i * i);
        System.out.println(stack + " peek " + stack.peek() + " pop " + stack.pop() + " search " + stack.search(4) + " " + stack.search(99) + " empty " + stack.empty());
        while (!stack.isEmpty()) stack.pop();
        try {
            stack.pop();
        } catch (java.util.EmptyStackException ex) {
            System.out.println("EmptyStackException " + ex.getMessage());
        }

        Hashtable<String, Integer> table = new Hashtable<>();
        for (String s : "one two three four five six".split(" ")) table.put(s, s.length());
        System.out.println(table.size() + " " + table.get("three") + " " + table.containsKey("six") + " " + table.contains(4) + " " + table.containsValue(9));
        List<String> keys = Collections.list(table.keys());
        Collections.sort(keys);
        System.out.println(keys);
        try {
            table.put("x", null);
        } catch (NullPointerException ex) {
            System.out.println("null value rejected");
        }
        try {
            table.put(null, 1);
        } catch (NullPointerException ex) {
            System.out.println("null key rejected");
        }
        table.merge("one", 10, Integer::sum);
        table.computeIfAbsent("seven", String::length);
        table.remove("two");
        int sum = 0;
        for (Map.Entry<String, Integer> en : table.entrySet()) sum += en.getValue();
        System.out.println("sum " + sum + " " + table.get("one") + " " + table.get("seven"));
        Iterator<String> it = table.keySet().iterator();
        it.next();
        it.remove();
        System.out.println("after iterator remove " + table.size());
        Hashtable<String, Integer> copy = new Hashtable<>(table);
        System.out.println("equal copies " + copy.equals(table) + " " + (copy.hashCode() == table.hashCode()));
    }
}
