package implicit_exceptions;

/** ClassCastException between the program's own classes, interfaces and arrays of them. */
public class ClassCastUserClasses {
    interface Animal {
    }

    interface Pet extends Animal {
    }

    static class Cat implements Pet {
    }

    static class Dog implements Animal {
    }

    static class Puppy extends Dog {
    }

    static Object id(Object o) {
        return o;
    }

    static void report(String label, ClassCastException e) {
        System.out.println(label + ": " + e.getMessage());
    }

    public static void main(String[] args) {
        Object cat = id(new Cat());
        Object dog = id(new Dog());
        try { Dog d = (Dog) cat; System.out.println(d); } catch (ClassCastException e) { report("sibling", e); }
        try { Puppy p = (Puppy) dog; System.out.println(p); } catch (ClassCastException e) { report("subclass", e); }
        try { Pet p = (Pet) dog; System.out.println(p); } catch (ClassCastException e) { report("interface", e); }
        try { Cat[] cats = (Cat[]) id(new Dog[1]); System.out.println(cats.length); } catch (ClassCastException e) { report("array", e); }
        try { Pet[] pets = (Pet[]) id(new Animal[1]); System.out.println(pets.length); } catch (ClassCastException e) { report("interface array", e); }
        try { Dog[][] dogs = (Dog[][]) id(new Puppy[1]); System.out.println(dogs.length); } catch (ClassCastException e) { report("dimensions", e); }
        try { Dog d = (Dog) id(new Dog[0]); System.out.println(d); } catch (ClassCastException e) { report("array to class", e); }
        try { Cat[] c = (Cat[]) cat; System.out.println(c); } catch (ClassCastException e) { report("class to array", e); }
        Animal a = (Animal) dog;
        Dog d = (Dog) id(new Puppy());
        Animal[] animals = (Animal[]) id(new Cat[2]);
        Object nothing = id(null);
        Cat c = (Cat) nothing;
        System.out.println("passed: " + (a == dog) + " " + (d instanceof Puppy) + " " + animals.length + " " + (c == null));
        System.out.println("done");
    }
}
