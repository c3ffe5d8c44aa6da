package object_model;

/**
 * Class.forName: finds the classes of the program's class path, and the library classes the program uses,
 * by binary name, and initialises them (once); a name the program has no class for, or that is not a binary
 * name, throws ClassNotFoundException with the name.
 */
public class ClassForName {
    static class Plugin {
        static {
            System.out.println("  Plugin initialised");
        }

        static int answer() {
            return 42;
        }
    }

    static class Quiet {
        static {
            System.out.println("  Quiet initialised");
        }
    }

    static class Unused {
        static {
            System.out.println("  Unused initialised");
        }
    }

    interface Marker {
    }

    static String computed(String suffix) {
        return "object_model.ClassForName$" + suffix;
    }

    static void find(String name) {
        try {
            Class<?> c = Class.forName(name);
            System.out.println("found " + c.getName() + " (" + c.getSimpleName() + ")");
        } catch (ClassNotFoundException e) {
            System.out.println("ClassNotFoundException: " + e.getMessage());
        }
    }

    public static void main(String[] args) throws Exception {
        System.out.println("literal:");
        Class<?> plugin = Class.forName("object_model.ClassForName$Plugin");
        System.out.println("same object as the literal: " + (plugin == Plugin.class));
        System.out.println("again:");
        Class.forName("object_model.ClassForName$Plugin");
        System.out.println("answer " + Plugin.answer());
        System.out.println("class literal does not initialise:");
        Class<?> quiet = Quiet.class;
        System.out.println("computed name:");
        System.out.println("same: " + (Class.forName(computed("Quiet")) == quiet));
        Class<?> named = Class.forName("java.lang.InternalError");
        System.out.println("named by a literal: " + named.getName() + " extends " + named.getSuperclass().getName());
        find(computed("Marker"));
        find(computed("Unused"));
        find("object_model.ClassForName");
        find("java.lang.String");
        find("java.lang.CharSequence");
        find(computed("Missing"));
        find("object_model.classforname");
        find("object_model/ClassForName");
        find("");
        find("int");
        find("no.such.Thing");
        find("dev.kiln.runtime.Wasi");
        try {
            Class.forName(null);
        } catch (NullPointerException e) {
            System.out.println("forName(null): NullPointerException");
        }
    }
}
