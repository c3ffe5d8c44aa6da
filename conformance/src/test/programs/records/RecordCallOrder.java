package records;

/**
 * The order in which the generated methods call the components' own methods, which a program can see: toString
 * and hashCode go through the components in declaration order; equals compares them from the last to the first
 * (as the JVM does) and stops at the first difference, comparing references by identity before calling equals.
 */
public class RecordCallOrder {
    static final StringBuilder LOG = new StringBuilder();

    static final class Probe {
        final String name;
        final boolean equal;

        Probe(String name, boolean equal) {
            this.name = name;
            this.equal = equal;
        }

        @Override
        public boolean equals(Object o) {
            LOG.append("eq(").append(name).append(") ");
            return equal;
        }

        @Override
        public int hashCode() {
            LOG.append("hash(").append(name).append(") ");
            return name.length();
        }

        @Override
        public String toString() {
            LOG.append("str(").append(name).append(") ");
            return name;
        }
    }

    record Three(Probe a, int n, Probe b, Probe c) {}

    static void show(String label, Object result) {
        System.out.println(label + " -> " + result + " | " + LOG);
        LOG.setLength(0);
    }

    public static void main(String[] args) {
        Probe shared = new Probe("shared", false);
        Three t = new Three(new Probe("a", true), 1, new Probe("b", true), new Probe("c", true));
        show("toString", t.toString());
        show("hashCode", t.hashCode());
        show("self", t.equals(t));
        show("all equal", t.equals(new Three(new Probe("a2", true), 1, new Probe("b2", true), new Probe("c2", true))));
        show("int differs", t.equals(new Three(new Probe("a2", true), 2, new Probe("b2", true), new Probe("c2", true))));
        Three f = new Three(new Probe("fa", false), 1, new Probe("fb", false), new Probe("fc", false));
        show("last differs", f.equals(new Three(new Probe("x", true), 1, new Probe("y", true), new Probe("z", true))));
        Three g = new Three(new Probe("ga", false), 1, new Probe("gb", true), new Probe("gc", true));
        show("first differs", g.equals(new Three(new Probe("x", true), 1, new Probe("y", true), new Probe("z", true))));
        show("identical components", new Three(shared, 3, shared, shared).equals(new Three(shared, 3, shared, shared)));
        show("null component", new Three(null, 1, null, new Probe("c", true)).equals(new Three(new Probe("a", true), 1, null, new Probe("c2", true))));
        show("other null", new Three(new Probe("a", true), 1, new Probe("b", true), null).equals(new Three(null, 1, new Probe("b2", true), null)));
        show("null record", t.equals(null));
        show("not a record", t.equals("Three"));
    }
}
