package inheritance;

/** Package-private, protected and private methods: private methods are not overridden, the others are. */
public class PackagePrivate {
    static class Parent {
        String pkg() { return "Parent.pkg"; }
        protected String prot() { return "Parent.prot"; }
        private String priv() { return "Parent.priv"; }
        public String pub() { return "Parent.pub"; }

        String callAll() {
            return pkg() + " " + prot() + " " + priv() + " " + pub();
        }
    }

    static class Child extends Parent {
        @Override String pkg() { return "Child.pkg"; }
        @Override protected String prot() { return "Child.prot"; }
        @SuppressWarnings("unused")
        private String priv() { return "Child.priv"; }
        @Override public String pub() { return "Child.pub"; }

        String callMine() { return priv(); }
    }

    static class Widened extends Parent {
        @Override public String pkg() { return "Widened.pkg (now public)"; }
    }

    static final class Leaf extends Child {
        @Override String pkg() { return "Leaf.pkg"; }
    }

    public static void main(String[] args) {
        Parent[] all = {new Parent(), new Child(), new Widened(), new Leaf()};
        for (Parent p : all) {
            System.out.println(p.callAll());
        }
        System.out.println(new Child().callMine());
        System.out.println(new Leaf().callMine());
    }
}
