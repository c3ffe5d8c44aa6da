package inheritance;

/**
 * super.m() binds statically to the parent's implementation (invokespecial), even when that implementation
 * calls other overridden methods virtually; and overridable calls from a constructor see unset subclass fields.
 */
public class SuperCalls {
    static class A {
        String who() { return "A"; }
        String hello() { return "hello from " + who(); }
        String chain() { return "A"; }
    }

    static class B extends A {
        @Override String who() { return "B"; }
        @Override String chain() { return super.chain() + ">B"; }
    }

    static class C extends B {
        @Override String who() { return "C"; }
        @Override String hello() { return "C says: " + super.hello(); }
        @Override String chain() { return super.chain() + ">C"; }
        String skipToA() { return super.who(); }
    }

    static class Base {
        Base() {
            System.out.println("Base ctor sees describe() = " + describe());
        }

        String describe() { return "base"; }
    }

    static class Sub extends Base {
        final String tag;
        int number = 5;

        Sub() {
            super();
            tag = "sub";
            System.out.println("Sub ctor sees describe() = " + describe());
        }

        @Override
        String describe() { return "sub(tag=" + tag + ", number=" + number + ")"; }
    }

    public static void main(String[] args) {
        A c = new C();
        System.out.println(c.hello());
        System.out.println(c.chain());
        System.out.println(((C) c).skipToA());
        System.out.println(new B().hello() + " / " + new A().hello());
        new Sub();
    }
}
