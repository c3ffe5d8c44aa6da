package object_model;

/**
 * Record classes as Class objects show them: isRecord, the java.lang.Record superclass, names and flags.
 * No record is instantiated, so the program does not depend on the methods javac generates for records.
 */
public class RecordClasses {
    record Point(int x, int y) {
    }

    record Empty() {
    }

    interface Shape {
    }

    record Circle(Point center, int radius) implements Shape {
    }

    static final class NotARecord {
    }

    static void show(Class<?> c) {
        Class<?> s = c.getSuperclass();
        System.out.println(c.getSimpleName() + ": record " + c.isRecord() + ", super " + (s == null ? "null" : s.getName())
                + ", interfaces " + c.getInterfaces().length + ", final " + ((c.getSuperclass() != null) && !c.isInterface())
                + ", enum " + c.isEnum());
    }

    public static void main(String[] args) {
        show(Point.class);
        show(Empty.class);
        show(Circle.class);
        show(NotARecord.class);
        show(Record.class);
        show(Shape.class);
        show(int.class);
        show(Point[].class);
        System.out.println(Record.class.isAssignableFrom(Circle.class) + " " + Shape.class.isAssignableFrom(Point.class)
                + " " + Shape.class.isAssignableFrom(Circle.class) + " " + Record.class.isInterface());
        System.out.println(Circle.class.getInterfaces()[0].getName());
    }
}
