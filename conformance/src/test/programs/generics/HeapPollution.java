package generics;

/**
 * Heap pollution: raw types and unchecked casts put values of the wrong type into generic containers. Nothing
 * fails when they go in; the ClassCastException comes from the cast javac inserts where a value is used as its
 * type argument, and only there (reading it as Object does not fail). The steps are numbered, so the output
 * shows exactly which statement threw, and the messages must be the JVM's.
 */
public class HeapPollution {
    static class Box<T> {
        T value;

        Box(T value) {
            this.value = value;
        }

        T get() {
            return value;
        }
    }

    static class Animal {
        String sound() {
            return "...";
        }
    }

    static class Cat extends Animal {
        @Override
        String sound() {
            return "meow";
        }
    }

    static int step;

    @SuppressWarnings("unchecked")
    static <T> T unsafe(Object o) {
        step++;
        return (T) o;
    }

    static Object id(Object o) {
        return o;
    }

    static void report(ClassCastException e) {
        System.out.println("  step " + step + ": ClassCastException " + e.getMessage());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public static void main(String[] args) {
        Box<String> strings = new Box<>("ok");
        Box raw = strings;
        raw.value = Integer.valueOf(args.length + 42);
        System.out.println("polluted String box");
        try {
            step = 1;
            Object o = strings.get();
            System.out.println("  as Object: " + o);
            step = 2;
            Object field = strings.value;
            System.out.println("  field as Object: " + field);
            step = 3;
            System.out.println("  equals: " + strings.get().equals(id(Integer.valueOf(42))));
            step = 4;
            int len = strings.get().length();
            System.out.println("  length " + len);
        } catch (ClassCastException e) {
            report(e);
        }
        try {
            step = 5;
            String s = strings.value;
            System.out.println("  assigned " + s);
        } catch (ClassCastException e) {
            report(e);
        }

        Box<Integer> ints = new Box<>(7);
        ((Box) ints).value = Long.valueOf(7);
        System.out.println("polluted Integer box");
        try {
            step = 6;
            Number n = ints.get();
            System.out.println("  as Number: " + n);
            step = 7;
            long widened = ints.get();
            System.out.println("  as long: " + widened);
        } catch (ClassCastException e) {
            report(e);
        }

        Box<Animal> animals = new Box<>(new Cat());
        System.out.println("sound " + animals.get().sound());
        ((Box) animals).value = "not an animal";
        try {
            step = 8;
            Animal a = animals.get();
            System.out.println("  animal " + a);
        } catch (ClassCastException e) {
            report(e);
        }
        Box<Cat> cats = unsafe(new Box<Animal>(new Animal()));
        try {
            step = 10;
            Animal a = cats.get();
            System.out.println("  plain animal through Box<Cat>: " + a.sound());
            step = 11;
            Cat c = cats.get();
            System.out.println("  cat " + c.sound());
        } catch (ClassCastException e) {
            report(e);
        }

        step = 20;
        Object fine = HeapPollution.<String>unsafe(Integer.valueOf(5));
        System.out.println("unsafe as Object at step " + step + ": " + fine);
        try {
            step = 30;
            String s = unsafe(Integer.valueOf(6));
            System.out.println("  unsafe as String " + s);
        } catch (ClassCastException e) {
            report(e);
        }
        try {
            step = 40;
            Cat c = unsafe(new Animal());
            System.out.println("  unsafe as Cat " + c);
        } catch (ClassCastException e) {
            report(e);
        }

        Box<String>[] boxes = (Box<String>[]) new Box[2];
        Object[] view = boxes;
        view[0] = new Box<Character>('c');
        view[1] = new Box<String>("fine");
        System.out.println("array of boxes: " + boxes[1].get().length() + " " + ((Box) boxes[0]).value.getClass().getName());
        try {
            step = 45;
            System.out.println("  class of field: " + boxes[0].value.getClass().getName());
        } catch (ClassCastException e) {
            report(e);
        }
        try {
            step = 50;
            String s = boxes[0].get();
            System.out.println("  " + s);
        } catch (ClassCastException e) {
            report(e);
        }
        try {
            step = 60;
            view[1] = "not a box";
        } catch (ArrayStoreException e) {
            System.out.println("  step " + step + ": ArrayStoreException " + e.getMessage());
        }
        System.out.println("done at step " + step);
    }
}
