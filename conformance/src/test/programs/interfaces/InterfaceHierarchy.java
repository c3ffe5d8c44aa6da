package interfaces;

/** Interfaces extending interfaces, a diamond of defaults resolved by the most specific one, and re-abstraction. */
public class InterfaceHierarchy {
    interface Animal {
        default String sound() { return "..."; }
        String kind();
    }

    interface Pet extends Animal {
        default String owner() { return "nobody"; }
    }

    interface Loud extends Animal {
        @Override
        default String sound() { return "LOUD " + kind(); }
    }

    interface LoudPet extends Pet, Loud {
        @Override
        default String owner() { return "a patient person"; }
    }

    interface Silent extends Animal {
        @Override
        String sound();
    }

    static class Dog implements LoudPet {
        @Override public String kind() { return "dog"; }
    }

    static class Cat implements Pet {
        @Override public String kind() { return "cat"; }
    }

    static class Fish implements Silent, Pet {
        @Override public String kind() { return "fish"; }
        @Override public String sound() { return "(bubbles)"; }
    }

    static String describe(Animal a) {
        String s = a.kind() + " says " + a.sound();
        if (a instanceof Pet) {
            s += ", owned by " + ((Pet) a).owner();
        }
        if (a instanceof Loud) {
            s += " [loud]";
        }
        return s;
    }

    public static void main(String[] args) {
        Animal[] zoo = {new Dog(), new Cat(), new Fish()};
        for (Animal a : zoo) {
            System.out.println(describe(a));
        }
        Pet p = new Dog();
        Loud l = (Loud) p;
        LoudPet lp = (LoudPet) l;
        System.out.println(p.owner() + " | " + l.sound() + " | " + lp.kind());
        System.out.println((zoo[2] instanceof Silent) + " " + (zoo[1] instanceof Silent) + " " + (zoo[0] instanceof Pet));
    }
}
