package object_model;

/**
 * The class graph as Class objects show it: getSuperclass, getInterfaces (declaration order, a new array
 * each time), isInterface, isArray, getComponentType, isPrimitive, for classes, interfaces, arrays and
 * primitive types.
 */
public class ClassHierarchy {
    interface Named {
    }

    interface Sized extends Named, Comparable<Sized> {
    }

    static abstract class Base implements Named {
    }

    static class Middle extends Base implements Sized, Runnable {
        public int compareTo(Sized o) {
            return 0;
        }

        public void run() {
        }
    }

    static final class Leaf extends Middle {
    }

    static String names(Class<?>[] classes) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < classes.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(classes[i].getName());
        }
        return sb.append(']').toString();
    }

    static void show(Class<?> c) {
        Class<?> s = c.getSuperclass();
        System.out.println(c.getName() + ": super " + (s == null ? "null" : s.getName())
                + ", interfaces " + names(c.getInterfaces())
                + ", interface " + c.isInterface() + ", array " + c.isArray() + ", primitive " + c.isPrimitive()
                + ", component " + (c.getComponentType() == null ? "null" : c.getComponentType().getName()));
    }

    static String chain(Class<?> c) {
        StringBuilder sb = new StringBuilder(c.getSimpleName());
        for (Class<?> s = c.getSuperclass(); s != null; s = s.getSuperclass()) {
            sb.append(" < ").append(s.getSimpleName());
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        show(Object.class);
        show(Base.class);
        show(Middle.class);
        show(Leaf.class);
        show(Named.class);
        show(Sized.class);
        show(Runnable.class);
        show(int[].class);
        show(Object[].class);
        show(Leaf[][].class);
        show(Named[].class);
        show(int.class);
        show(void.class);
        show(boolean.class);
        System.out.println(chain(Leaf.class));
        System.out.println(chain(Integer.class));
        System.out.println(chain(Middle.class.getInterfaces()[0]));
        System.out.println(chain(Leaf[].class));

        Class<?>[] first = Middle.class.getInterfaces();
        Class<?>[] second = Middle.class.getInterfaces();
        System.out.println("getInterfaces copies: " + (first != second) + " " + (first[0] == second[0]));
        first[0] = String.class;
        System.out.println("copy independent: " + Middle.class.getInterfaces()[0].getName());
        System.out.println("empty interfaces: " + Object.class.getInterfaces().length + " " + int.class.getInterfaces().length);
        System.out.println("component of component: " + (Leaf[][].class.getComponentType().getComponentType() == Leaf.class));
        System.out.println("array superclass is Object: " + (int[][].class.getSuperclass() == Object.class));
        System.out.println("same Class object: " + (new Leaf().getClass().getSuperclass() == Middle.class));
        System.out.println("interface flags: " + Named.class.isAnnotation() + " " + Override.class.isAnnotation() + " "
                + Override.class.isInterface());
    }
}
