package object_model;

import java.util.ArrayList;
import java.util.List;

/**
 * Class names as java.lang.Class reports them (getName, getSimpleName, getTypeName, toString) for top-level,
 * member, local and anonymous classes, interfaces, enums, records, primitive and array types, and classes
 * whose names are not ASCII (Latin-1 and beyond), including in an uncaught-exception-style trace line.
 */
public class ClassNamesUnicode {
    static class Member {}

    interface Shape {}

    enum Colour { RED, GREEN { @Override public String toString() { return "green"; } } }

    record Point(int x, int y) {}

    static class Größe {}

    static class Δέλτα {}

    static class 数字 {}

    static void show(Class<?> c) {
        System.out.println(c.getName() + " | " + c.getSimpleName() + " | " + c.getTypeName() + " | " + c);
    }

    public static void main(String[] args) {
        class Local {}
        Object anonymous = new Object() {};
        List<Class<?>> classes = new ArrayList<>(List.of(ClassNamesUnicode.class, Member.class, Shape.class, Colour.class,
                Colour.GREEN.getClass(), Point.class, Größe.class, Δέλτα.class, 数字.class, Local.class,
                anonymous.getClass(), int.class, void.class, int[].class, double[][].class, String[].class,
                Member[].class, 数字[][].class, Object.class, Class.class));
        for (Class<?> c : classes) show(c);
        System.out.println(new 数字().getClass().getName().length() + " " + Größe.class.getName().equals("object_model.ClassNamesUnicode$Größe"));
        System.out.println(new Point(1, 2));
        try {
            Object o = new Δέλτα();
            System.out.println(((Größe) o).hashCode());
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(String.class.getName() == String.class.getName());
    }
}
