package inheritance;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Virtual calls whose receivers get their objects by every path a value can take: Kiln's type flow keeps an
 * override only if an object of its class can reach the call, so each path must carry the types along. Objects
 * travel through fields, static fields, arrays (copied by System.arraycopy, Arrays.copyOf, clone and arrays made
 * by reflection), collections, exceptions thrown and caught, lambdas and their captured values, default methods,
 * Class objects the runtime makes (getInterfaces), string constants, and instanceof branches whose type arrives
 * late. Each class's override prints something different, so a call dispatched to the wrong place shows.
 */
public class TypesThroughEveryPath {
    interface Animal {
        String sound();

        default String greet() {
            return "I say " + sound();
        }
    }

    static class Dog implements Animal {
        @Override public String sound() { return "woof"; }
    }

    static class Cat implements Animal {
        @Override public String sound() { return "meow"; }
    }

    static class Cow implements Animal {
        @Override public String sound() { return "moo"; }
        @Override public String greet() { return "The cow says " + sound(); }
    }

    static class Owl implements Animal, Cloneable {
        int hoots = 2;
        @Override public String sound() { return "hoo".repeat(hoots); }
        Owl copy() throws CloneNotSupportedException { return (Owl) clone(); }
    }

    static class Fox implements Animal {
        @Override public String sound() { return "yip"; }
    }

    static class Bee implements Animal {
        @Override public String sound() { return "bzz"; }
    }

    static final class Problem extends RuntimeException {
        final Animal culprit;
        Problem(Animal culprit) { super("problem"); this.culprit = culprit; }
    }

    static class Holder {
        Animal animal;
        static Animal shared;
    }

    static final String CONSTANT = "constant";

    static String speak(Animal a) {
        return a.sound() + "/" + a.greet();
    }

    static Object[] viaReflection(Animal a) {
        Object[] made = (Object[]) Array.newInstance(Animal.class, 1);
        made[0] = a;
        return made;
    }

    static Animal late;

    static String describe(Object o) {
        if (o instanceof Fox f) return "a fox: " + f.sound();
        if (o instanceof Animal a) return "an animal: " + a.sound();
        return "something else: " + o;
    }

    public static void main(String[] args) throws Exception {
        // Fields and static fields.
        Holder h = new Holder();
        h.animal = new Dog();
        Holder.shared = new Cat();
        System.out.println(speak(h.animal) + " " + speak(Holder.shared));

        // Arrays: copied by arraycopy, Arrays.copyOf, clone, and made by reflection.
        Animal[] source = {new Cow()};
        Animal[] copied = new Animal[1];
        System.arraycopy(source, 0, copied, 0, 1);
        Object[] objects = new Object[1];
        System.arraycopy(copied, 0, objects, 0, 1);
        System.out.println(speak((Animal) objects[0]) + " " + speak(Arrays.copyOf(copied, 2)[0]) + " " + speak(source.clone()[0]));
        Object[] reflective = viaReflection(new Owl());
        Object[] grown = Arrays.copyOf(reflective, 3, Object[].class);
        System.out.println(speak((Animal) grown[0]) + " " + reflective.getClass().getSimpleName());
        Animal[][] grid = new Animal[2][2];
        grid[1][1] = new Owl().copy();
        System.out.println(speak(grid[1][1]));

        // Collections and maps.
        List<Object> list = new ArrayList<>();
        list.add(new Bee());
        Map<String, Animal> map = new HashMap<>();
        map.put("k", (Animal) list.get(0));
        System.out.println(speak(map.get("k")));

        // Exceptions: the culprit travels inside the exception.
        try {
            throw new Problem(new Fox());
        } catch (Problem p) {
            System.out.println(speak(p.culprit) + " " + p.getMessage());
        }

        // Lambdas and captured values.
        Animal captured = new Dog();
        Supplier<Animal> supplier = () -> captured;
        Supplier<Animal> maker = Cat::new;
        System.out.println(speak(supplier.get()) + " " + speak(maker.get()));

        // Class objects the runtime makes, and their arrays.
        for (Class<?> c : Owl.class.getInterfaces()) {
            System.out.println(c.getSimpleName() + " " + c.isInterface() + " " + c.getPackageName() + " " + c.isAssignableFrom(Owl.class));
        }

        // String constants and literals reach String's methods.
        Object text = CONSTANT;
        System.out.println(text.toString().toUpperCase() + " " + "literal".hashCode() + " " + text.equals("constant"));

        // instanceof branches: a Fox arrives only after the branch was first taken.
        System.out.println(describe("plain"));
        System.out.println(describe(new Cow()));
        late = new Fox();
        System.out.println(describe(late));
        System.out.println(describe(new Object[] {new Bee()}[0]));
    }
}
