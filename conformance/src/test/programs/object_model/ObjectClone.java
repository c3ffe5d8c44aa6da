package object_model;

/**
 * Object.clone(): a shallow copy of every field, the superclass's included, for classes that implement
 * Cloneable; CloneNotSupportedException, with the class name as message, for the others.
 */
public class ObjectClone {
    static class Base implements Cloneable {
        int baseInt = 1;
        long baseLong = 2L;
        String baseName = "base";

        @Override
        protected Base clone() throws CloneNotSupportedException {
            return (Base) super.clone();
        }
    }

    static class Derived extends Base {
        byte small = -3;
        char letter = 'q';
        boolean flag = true;
        short half = -300;
        float ratio = 0.25f;
        double precise = -1.0e-300;
        int[] shared = {1, 2, 3};
        Derived next;
    }

    static class NotCloneable {
        int x = 5;

        Object tryClone() throws CloneNotSupportedException {
            return super.clone();
        }
    }

    static class CloneableChildOfNot extends NotCloneable implements Cloneable {
        int y = 6;
    }

    static class Counter implements Cloneable {
        static int copies;
        int count;

        @Override
        public Counter clone() {
            try {
                copies++;
                return (Counter) super.clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Derived d = new Derived();
        d.baseInt = 10;
        d.baseLong = 1L << 50;
        d.baseName = "changed";
        d.next = new Derived();
        Derived c = (Derived) d.clone();
        System.out.println("new object: " + (c != d));
        System.out.println("same class: " + (c.getClass() == Derived.class));
        System.out.println("superclass fields: " + c.baseInt + " " + c.baseLong + " " + c.baseName);
        System.out.println("own fields: " + c.small + " " + c.letter + " " + c.flag + " " + c.half + " " + c.ratio + " " + c.precise);
        System.out.println("shallow array: " + (c.shared == d.shared));
        System.out.println("shallow reference: " + (c.next == d.next));
        c.baseInt = 99;
        c.shared[0] = 42;
        System.out.println("independent fields: " + d.baseInt + " " + c.baseInt);
        System.out.println("shared array element: " + d.shared[0]);
        System.out.println("clone of a clone: " + ((Derived) c.clone()).baseInt);

        Base b = new Base();
        Base bc = b.clone();
        System.out.println("Base clone: " + bc.getClass().getName() + " " + bc.baseInt + " " + bc.baseName);

        try {
            new NotCloneable().tryClone();
            System.out.println("no exception");
        } catch (CloneNotSupportedException e) {
            System.out.println("CloneNotSupportedException: " + e.getMessage());
        }
        CloneableChildOfNot child = new CloneableChildOfNot();
        child.x = 50;
        CloneableChildOfNot childCopy = (CloneableChildOfNot) child.tryClone();
        System.out.println("Cloneable subclass: " + childCopy.x + " " + childCopy.y);

        Counter counter = new Counter();
        counter.count = 3;
        Counter cc = counter.clone().clone();
        System.out.println("Counter: " + cc.count + " copies " + Counter.copies);
    }
}
