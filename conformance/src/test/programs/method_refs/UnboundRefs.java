package method_refs;

/** Unbound receivers: the first argument becomes the receiver, dispatching virtually and through interfaces. */
public class UnboundRefs {
    interface Fn<T, R> { R apply(T t); }
    interface BiFn<A, B, R> { R apply(A a, B b); }
    interface ToInt<T> { int apply(T t); }

    interface Animal { String sound(); default String twice() { return sound() + sound(); } }
    static class Dog implements Animal { public String sound() { return "woof"; } }
    static class Cat implements Animal { public String sound() { return "meow"; } public String twice() { return "purr"; } }
    static class Puppy extends Dog { public String sound() { return "yip"; } }

    static abstract class Shape {
        abstract double area();
        String label() { return getClass() == Square.class ? "square" : "circle-ish"; }
    }
    static class Square extends Shape { final double s; Square(double s) { this.s = s; } double area() { return s * s; } }
    static class Disc extends Shape { final double r; Disc(double r) { this.r = r; } double area() { return 3 * r * r; } }

    public static void main(String[] args) {
        Fn<String, String> upper = String::toUpperCase;
        Fn<String, String> trim = String::trim;
        ToInt<String> len = String::length;
        BiFn<String, String, Boolean> eqIgnore = String::equalsIgnoreCase;
        BiFn<String, Integer, Character> charAt = String::charAt;
        BiFn<String, String, Integer> compare = String::compareTo;
        String[] words = {"  Alpha ", "beta", "", "GAMMA"};
        for (String w : words) {
            System.out.println("[" + w + "] upper [" + upper.apply(w) + "] trim [" + trim.apply(w) + "] len " + len.apply(w)
                    + " eq " + eqIgnore.apply(w, "beta") + " cmp " + compare.apply(w, "beta"));
        }
        System.out.println("charAt " + charAt.apply("hello", 1));

        Fn<Animal, String> sound = Animal::sound;
        Fn<Animal, String> twice = Animal::twice;
        Fn<Dog, String> dogSound = Dog::sound;
        Animal[] zoo = {new Dog(), new Cat(), new Puppy()};
        for (Animal a : zoo) System.out.println("animal " + sound.apply(a) + " " + twice.apply(a));
        System.out.println("dog " + dogSound.apply(new Puppy()) + " " + dogSound.apply(new Dog()));

        Fn<Shape, Double> area = Shape::area;
        Fn<Shape, String> label = Shape::label;
        Shape[] shapes = {new Square(2), new Disc(1), new Square(0.5)};
        for (Shape s : shapes) System.out.println(label.apply(s) + " " + area.apply(s));

        Fn<Object, String> toString = Object::toString;
        ToInt<Object> hash = Object::hashCode;
        System.out.println(toString.apply("str") + " " + toString.apply(42) + " " + hash.apply("abc") + " " + hash.apply(7L));
        Fn<Integer, Double> toDouble = Integer::doubleValue;
        Fn<CharSequence, Integer> csLength = CharSequence::length;
        System.out.println(toDouble.apply(3) + " " + csLength.apply(new StringBuilder("four")) + " " + csLength.apply("five!"));
        BiFn<Comparable<String>, String, Integer> cmp = Comparable::compareTo;
        System.out.println("comparable " + cmp.apply("b", "a") + " " + cmp.apply("a", "b"));
    }
}
