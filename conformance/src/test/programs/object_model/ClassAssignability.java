package object_model;

/** Class.isInstance, isAssignableFrom and cast: the dynamic forms of instanceof and checkcast. */
public class ClassAssignability {
    interface Animal {
    }

    interface Pet extends Animal {
    }

    static class Dog implements Pet {
    }

    static class Puppy extends Dog implements Cloneable {
    }

    static class Rock {
    }

    static final Class<?>[] TYPES = {
        Object.class, Animal.class, Pet.class, Dog.class, Puppy.class, Rock.class, Cloneable.class,
        java.io.Serializable.class, Object[].class, Animal[].class, Dog[].class, Puppy[].class, Dog[][].class,
        int[].class, long[].class, int[][].class, int.class, long.class, Integer.class, Number.class,
        Comparable.class, CharSequence.class, String.class, String[].class, Object[][].class,
    };

    static final Object[] VALUES = {
        new Object(), new Dog(), new Puppy(), new Rock(), "text", 42, new int[1], new int[1][1], new Dog[0],
        new Puppy[1][1], new Object[0], new String[] {"s"}, null, new Pet() { },
    };

    public static void main(String[] args) {
        for (Class<?> to : TYPES) {
            StringBuilder sb = new StringBuilder(to.getSimpleName()).append(" from:");
            for (Class<?> from : TYPES) {
                if (to.isAssignableFrom(from)) sb.append(' ').append(from.getSimpleName());
            }
            System.out.println(sb);
        }
        for (Class<?> type : TYPES) {
            StringBuilder sb = new StringBuilder(type.getSimpleName()).append(" instances:");
            for (int i = 0; i < VALUES.length; i++) {
                if (type.isInstance(VALUES[i])) sb.append(' ').append(i);
            }
            System.out.println(sb);
        }
        Object dog = new Puppy();
        Dog d = Dog.class.cast(dog);
        System.out.println("cast: " + (d == dog));
        System.out.println("cast null: " + String.class.cast(null));
        try {
            Integer.class.cast("not a number");
        } catch (ClassCastException e) {
            System.out.println("ClassCastException: " + e.getMessage());
        }
        try {
            int[].class.cast(new long[0]);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException: " + e.getMessage());
        }
        try {
            Object.class.isAssignableFrom(null);
        } catch (NullPointerException e) {
            System.out.println("isAssignableFrom(null): NullPointerException");
        }
        System.out.println("primitive isInstance: " + int.class.isInstance(42));
    }
}
