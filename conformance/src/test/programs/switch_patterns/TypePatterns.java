package switch_patterns;

// kiln:release=21
/** Pattern matching for switch over Object: type patterns in order, default, and case null. */
public class TypePatterns {
    interface Animal { String name(); }
    static class Dog implements Animal { public String name() { return "dog"; } }
    static class Puppy extends Dog { public String name() { return "puppy"; } }
    static class Fish implements Animal { public String name() { return "fish"; } }

    static String classify(Object o) {
        return switch (o) {
            case null -> "null!";
            case Integer i -> "Integer " + (i + 1);
            case Long l -> "Long " + (l * 2);
            case Character c -> "Character " + (int) c;
            case String s -> "String of length " + s.length();
            case CharSequence cs -> "CharSequence " + cs.length();
            case Puppy p -> "Puppy named " + p.name();
            case Dog d -> "Dog named " + d.name();
            case Animal a -> "Animal " + a.name();
            case int[] arr -> "int[] of " + arr.length;
            case Object[] arr -> "Object[] of " + arr.length;
            default -> "something else";
        };
    }

    static int statement(Object o) {
        int result = 0;
        switch (o) {
            case String s:
                result = s.length();
                break;
            case Integer i:
                result = i * 100;
                break;
            default:
                result = -1;
        }
        return result;
    }

    public static void main(String[] args) {
        Object[] values = {null, 41, 21L, 'A', "hello", new StringBuilder("builder"), new Puppy(), new Dog(), new Fish(),
            new int[3], new String[2], new Integer[] {1}, 2.5, true, new Object[0]};
        for (Object v : values) System.out.println(classify(v));
        for (Object v : values) {
            if (v != null) System.out.println("statement " + statement(v));
        }
    }
}
