package nested_classes;

/**
 * Names that inner classes shadow: fields, methods and parameters with the same names at three levels of
 * nesting, reached through {@code this}, {@code Inner.this} and {@code OuterThisShadowing.this}; an inner class
 * that also extends its outer class (an inherited field wins over the enclosing one); {@code Outer.super.m()}
 * from an inner class; and {@code this} inside lambdas and anonymous classes nested in inner classes.
 */
public class OuterThisShadowing extends OuterThisShadowingRoot {
    String name;
    int x;

    OuterThisShadowing(String name, int x) {
        this.name = name;
        this.x = x;
    }

    @Override
    String who() {
        return "Outer.who(" + name + ")";
    }

    interface Text {
        String text();
    }

    class Inner {
        String name = "inner";
        int x;

        Inner(int x) {
            this.x = x * 10;
        }

        String who() {
            return "Inner.who(" + name + ")";
        }

        String show(int x) {
            String name = "local";
            return "x=" + x + " this.x=" + this.x + " Outer.this.x=" + OuterThisShadowing.this.x
                    + " name=" + name + " this.name=" + this.name + " Outer.this.name=" + OuterThisShadowing.this.name
                    + " | " + who() + " | " + OuterThisShadowing.this.who() + " | " + OuterThisShadowing.super.who();
        }

        Text lambda() {
            return () -> "lambda this=" + this.name + " x=" + x + " outer=" + OuterThisShadowing.this.name;
        }

        Text anonymous() {
            return new Text() {
                String name = "anon";

                public String text() {
                    return "anon this=" + this.name + " Inner.this=" + Inner.this.name + " outer=" + OuterThisShadowing.this.name + " who=" + who();
                }

                String who() {
                    return "anon.who";
                }
            };
        }

        class Innermost {
            int x = 100;

            String show(int x) {
                return x + " " + this.x + " " + Inner.this.x + " " + OuterThisShadowing.this.x + " " + name + " " + who();
            }

            void bump() {
                x++;
                Inner.this.x += 2;
                OuterThisShadowing.this.x *= 3;
                OuterThisShadowing.this.name += "*";
            }
        }
    }

    class Child extends OuterThisShadowing {
        Child(String name) {
            super(name, OuterThisShadowing.this.x + 50);
        }

        @Override
        String who() {
            return "Child.who(" + name + ")";
        }

        String show() {
            return "x=" + x + " super.x=" + super.x + " Outer.this.x=" + OuterThisShadowing.this.x
                    + " who=" + who() + " super.who=" + super.who() + " Outer.this.who=" + OuterThisShadowing.this.who();
        }
    }

    static int n(int v) {
        return v;
    }

    public static void main(String[] args) {
        OuterThisShadowing a = new OuterThisShadowing("a", n(1));
        OuterThisShadowing b = new OuterThisShadowing("b", n(2));
        Inner ia = a.new Inner(n(3));
        Inner ib = b.new Inner(n(4));
        System.out.println(ia.show(n(-1)));
        System.out.println(ib.show(n(-2)));
        System.out.println(ia.lambda().text());
        System.out.println(ib.anonymous().text());
        Inner.Innermost deep = ia.new Innermost();
        System.out.println("innermost " + deep.show(n(7)));
        deep.bump();
        deep.bump();
        System.out.println("after bump " + deep.show(n(8)) + " a.x=" + a.x + " a.name=" + a.name + " ia.x=" + ia.x);
        Inner second = a.new Inner(n(5));
        System.out.println("second inner sees " + second.show(n(0)));
        Child c = b.new Child("kid");
        System.out.println("child " + c.show());
        Child grand = c.new Child("grandkid");
        System.out.println("grandchild " + grand.show());
        System.out.println("child's inner " + c.new Inner(n(6)).show(n(9)));
        b.x = -5;
        System.out.println("after outer change " + c.show());
    }
}

class OuterThisShadowingRoot {
    String who() {
        return "Root.who";
    }
}
