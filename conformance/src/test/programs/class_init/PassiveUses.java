package class_init;

/**
 * Uses that are not active (JLS 12.4.1) initialise nothing: creating arrays of the class type (one and
 * several dimensions), class literals, instanceof and casts, null references of the type, and reading
 * an instance field of an object whose class is already initialised.
 */
public class PassiveUses {
    static final StringBuilder LOG = new StringBuilder();

    static void note(String what) {
        LOG.append(what).append(';');
        System.out.println("  init " + what);
    }

    static class Element {
        static {
            note("Element");
        }

        int x = 4;
    }

    static class Grid {
        static {
            note("Grid");
        }
    }

    static class Literal {
        static {
            note("Literal");
        }
    }

    static class Tested {
        static {
            note("Tested");
        }
    }

    static Object pick(int k) {
        return k == 0 ? "text" : null;
    }

    public static void main(String[] args) {
        Element[] row = new Element[3];
        System.out.println("array " + row.length + " " + (row[0] == null) + " log=" + LOG);
        Grid[][] grid = new Grid[2][4];
        Grid[][][] partial = new Grid[2][][];
        System.out.println("grid " + grid.length + "x" + grid[1].length + " " + partial.length + " log=" + LOG);
        Class<?> c = Literal.class;
        Class<?> ca = Literal[].class;
        System.out.println("literal " + c.getName() + " " + ca.getName() + " log=" + LOG);
        Object o = pick(0);
        System.out.println("instanceof " + (o instanceof Tested) + " log=" + LOG);
        Tested t = (Tested) pick(1);
        System.out.println("cast " + (t == null) + " log=" + LOG);
        Object[] objects = row;
        System.out.println("array instanceof " + (objects instanceof Element[]) + " log=" + LOG);
        row[0] = new Element();
        System.out.println("element " + row[0].x + " log=" + LOG);
    }
}
