package instance_fields;

/** A subclass field hides the superclass field of the same name: the static type picks which one is read. */
public class FieldHiding {
    static class Parent {
        int value = 1;
        String name = "parent";
        static String kind = "P";

        int parentValue() { return value; }
    }

    static class Child extends Parent {
        int value = 2;
        long name = 99L;
        static String kind = "C";

        int childValue() { return value; }
        int superValue() { return super.value; }
        String superName() { return super.name; }
    }

    public static void main(String[] args) {
        Child c = new Child();
        Parent p = c;
        System.out.println(c.value + " " + p.value + " " + ((Parent) c).value);
        System.out.println(c.name + " " + p.name);
        System.out.println(c.parentValue() + " " + c.childValue() + " " + c.superValue() + " " + c.superName());
        c.value = 20;
        p.value = 10;
        System.out.println(c.value + " " + p.value + " " + c.superValue());
        System.out.println(Parent.kind + " " + Child.kind);
        Parent plain = new Parent();
        System.out.println(plain.value + " " + plain.name);
    }
}
