package object_model;

/**
 * Class names in every form: getName (binary), getSimpleName, getTypeName, getCanonicalName, toString and
 * descriptorString,
 * for top-level, member, local and anonymous classes, interfaces, arrays and primitive types.
 */
public class ClassNames {
    static class Member {
        class Inner {
            class Deepest {
            }
        }
    }

    interface Shape {
    }

    enum Color { RED }

    static void show(Class<?> c) {
        System.out.println(c.getName() + " | " + c.getSimpleName() + " | " + c.getTypeName() + " | "
                + c.getCanonicalName() + " | " + c + " | " + c.descriptorString());
    }

    static Object make() {
        return new Object() { };
    }

    public static void main(String[] args) {
        show(ClassNames.class);
        show(Member.class);
        show(Member.Inner.class);
        show(Member.Inner.Deepest.class);
        show(Shape.class);
        show(Color.class);
        show(Runnable.class);
        show(String.class);
        show(Object.class);
        class Local {
        }
        class Local2 {
            class InsideLocal {
            }
        }
        show(Local.class);
        show(Local2.class);
        show(Local2.InsideLocal.class);
        show(new Shape() { }.getClass());
        show(make().getClass());
        Runnable r = new Runnable() {
            public void run() {
                class DeepLocal {
                }
                show(DeepLocal.class);
                show(new Object() { }.getClass());
            }
        };
        show(r.getClass());
        r.run();
        show(TopLevel$WithDollar.class);
        show(TopLevel$WithDollar.Nested.class);

        show(int[].class);
        show(String[][].class);
        show(Member.Inner[].class);
        show(Local[].class);
        show(Shape[][][].class);
        show(boolean[][].class);

        show(int.class);
        show(long.class);
        show(double.class);
        show(char.class);
        show(byte.class);
        show(short.class);
        show(float.class);
        show(boolean.class);
        show(void.class);

        System.out.println(Member.class.getPackageName() + " " + int.class.getPackageName() + " "
                + String[][].class.getPackageName() + " " + Local[].class.getPackageName());
    }
}

class TopLevel$WithDollar {
    static class Nested {
    }
}
