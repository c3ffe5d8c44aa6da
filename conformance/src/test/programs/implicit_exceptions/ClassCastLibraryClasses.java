package implicit_exceptions;

/**
 * ClassCastException messages name where both classes come from: the JDK's classes are in module java.base
 * of the bootstrap loader, the program's in the unnamed module of the application loader, and arrays are
 * where their element type is.
 */
public class ClassCastLibraryClasses {
    static class Ticket implements Comparable<Ticket> {
        public int compareTo(Ticket other) {
            return 0;
        }
    }

    static Object id(Object o) {
        return o;
    }

    static void report(String label, ClassCastException e) {
        System.out.println(label + ": " + e.getMessage());
    }

    public static void main(String[] args) {
        Object number = id(Integer.valueOf(7));
        Object text = id("seven");
        Object ticket = id(new Ticket());
        try { String s = (String) number; System.out.println(s); } catch (ClassCastException e) { report("Integer to String", e); }
        try { Integer i = (Integer) text; System.out.println(i); } catch (ClassCastException e) { report("String to Integer", e); }
        try { Long l = (Long) number; System.out.println(l); } catch (ClassCastException e) { report("Integer to Long", e); }
        try { Ticket t = (Ticket) number; System.out.println(t); } catch (ClassCastException e) { report("library to program", e); }
        try { String s = (String) ticket; System.out.println(s); } catch (ClassCastException e) { report("program to library", e); }
        try { Runnable r = (Runnable) ticket; System.out.println(r); } catch (ClassCastException e) { report("program to library interface", e); }
        try { CharSequence c = (CharSequence) number; System.out.println(c); } catch (ClassCastException e) { report("library interface", e); }
        try { StringBuilder b = (StringBuilder) text; System.out.println(b); } catch (ClassCastException e) { report("String to StringBuilder", e); }
        try { String[] a = (String[]) id(new Object[1]); System.out.println(a.length); } catch (ClassCastException e) { report("Object[] to String[]", e); }
        try { long[] a = (long[]) id(new int[1]); System.out.println(a.length); } catch (ClassCastException e) { report("int[] to long[]", e); }
        try { int[][] a = (int[][]) id(new int[1]); System.out.println(a.length); } catch (ClassCastException e) { report("int[] to int[][]", e); }
        try { Ticket[] a = (Ticket[]) id(new String[1]); System.out.println(a.length); } catch (ClassCastException e) { report("String[] to Ticket[]", e); }
        try { Object[] a = (Object[]) id(new Ticket[0][0]); String[][] b = (String[][]) a; System.out.println(b.length); } catch (ClassCastException e) { report("Ticket[][] to String[][]", e); }
        try { Integer i = (Integer) id(new int[0]); System.out.println(i); } catch (ClassCastException e) { report("int[] to Integer", e); }
        try { Comparable<?> c = (Comparable<?>) id(new Object()); System.out.println(c); } catch (ClassCastException e) { report("Object to Comparable", e); }
        Comparable<?> fine = (Comparable<?>) ticket;
        CharSequence chars = (CharSequence) text;
        System.out.println("passed: " + (fine == ticket) + " " + chars.length());
        System.out.println("done");
    }
}
