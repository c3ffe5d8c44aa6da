package implicit_exceptions;

/** ArrayStoreException when a covariant array is given an element its runtime component type rejects. */
public class ArrayStore {
    interface Shape {
    }

    static class Circle implements Shape {
    }

    static class Square implements Shape {
    }

    static class Base {
    }

    static class Derived extends Base {
    }

    static void store(Object[] array, int index, Object value) {
        array[index] = value;
    }

    static void report(String label, ArrayStoreException e) {
        System.out.println(label + ": " + e.getMessage());
    }

    public static void main(String[] args) {
        try { store(new Circle[1], 0, new Square()); } catch (ArrayStoreException e) { report("sibling", e); }
        try { store(new Derived[1], 0, new Base()); } catch (ArrayStoreException e) { report("superclass", e); }
        try { store(new Shape[1], 0, new Base()); } catch (ArrayStoreException e) { report("interface", e); }
        try { store(new Base[1][], 0, new Derived()); } catch (ArrayStoreException e) { report("array of arrays", e); }
        try { store(new int[1][], 0, new long[1]); } catch (ArrayStoreException e) { report("primitive arrays", e); }
        try { store(new Base[1][], 0, new Circle[1]); } catch (ArrayStoreException e) { report("array element", e); }
        try { store(new String[1], 0, new StringBuilder("x")); } catch (ArrayStoreException e) { report("library", e); }
        Object[] shapes = new Shape[4];
        store(shapes, 0, new Circle());
        store(shapes, 1, new Square());
        store(shapes, 2, null);
        Object[] bases = new Base[2];
        store(bases, 0, new Derived());
        Object[] objects = new Object[1];
        store(objects, 0, new int[3]);
        Object[][] grids = new Base[1][];
        store(grids, 0, new Derived[2]);
        System.out.println("stored: " + shapes[0].getClass().getName() + " " + shapes[1].getClass().getName() + " " + shapes[2]
                + " " + bases[0].getClass().getName() + " " + objects[0].getClass().getName() + " " + grids[0].length);
        try {
            store(new Circle[1], 3, new Square());
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("bounds first: " + e.getMessage());
        }
        try {
            store(null, 3, new Square());
        } catch (NullPointerException e) {
            System.out.println("null first: " + e.getMessage());
        }
        System.out.println("done");
    }
}
