package objects;

/**
 * Construction order across a hierarchy: super constructor first, then the subclass's field initializers and
 * instance initializer blocks, then the rest of its constructor; super(...) arguments are computed first.
 */
public class SuperConstructors {
    static StringBuilder log = new StringBuilder();

    static int note(String s, int v) {
        log.append(s).append(' ');
        return v;
    }

    static class Animal {
        int legs = note("Animal.legs", 4);
        String sound;

        {
            note("Animal.block", 0);
        }

        Animal(String sound) {
            note("Animal(" + sound + ")", 0);
            this.sound = sound;
        }

        Animal() {
            this("...");
            note("Animal()", 0);
        }
    }

    static class Dog extends Animal {
        int tail = note("Dog.tail", 1);

        Dog() {
            super(bark(note("Dog.arg", 2)));
            note("Dog()", 0);
        }

        static String bark(int n) {
            return "woof".repeat(n);
        }
    }

    static class Puppy extends Dog {
        boolean small = note("Puppy.small", 1) == 1;

        {
            note("Puppy.block", 0);
        }

        Puppy() {
            note("Puppy()", 0);
        }
    }

    static class Bird extends Animal {
        int wings = 2;

        Bird() {
            legs = 2;
            note("Bird()", 0);
        }
    }

    public static void main(String[] args) {
        Dog d = new Dog();
        System.out.println(log);
        System.out.println(d.legs + " " + d.sound + " " + d.tail);
        log.setLength(0);
        Puppy p = new Puppy();
        System.out.println(log);
        System.out.println(p.legs + " " + p.sound + " " + p.tail + " " + p.small);
        log.setLength(0);
        Bird b = new Bird();
        System.out.println(log);
        System.out.println(b.legs + " " + b.sound + " " + b.wings);
    }
}
