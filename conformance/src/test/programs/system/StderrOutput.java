package system;

/** System.err receives print and println of every type, separately from System.out. */
public class StderrOutput {
    static class Named {
        @Override public String toString() { return "Named!"; }
    }

    public static void main(String[] args) {
        System.out.println("stdout line 1");
        System.err.println("stderr line 1");
        System.err.print(true);
        System.err.print(' ');
        System.err.print('c');
        System.err.print(' ');
        System.err.print(42);
        System.err.print(' ');
        System.err.print(-42L);
        System.err.print(' ');
        System.err.print(1.5f);
        System.err.print(' ');
        System.err.print(-2.25);
        System.err.print(' ');
        System.err.print("str");
        System.err.print(' ');
        System.err.print((String) null);
        System.err.print(' ');
        System.err.print(new Named());
        System.err.print(' ');
        System.err.print((Object) null);
        System.err.print(' ');
        System.err.print(new char[]{'a', 'b'});
        System.err.println();
        System.err.println(false);
        System.err.println('z');
        System.err.println(Integer.MIN_VALUE);
        System.err.println(Long.MAX_VALUE);
        System.err.println(0.1f);
        System.err.println(1e-7);
        System.err.println("done");
        System.err.println((String) null);
        System.err.println(new Named());
        System.err.println(new char[]{'x', 'y', 'z'});
        System.out.print(false);
        System.out.print((byte) 1);
        System.out.print((short) 2);
        System.out.println();
        System.out.println(3L);
        System.out.println(2.5f);
        System.out.println((Object) "as object");
        System.out.println("stdout last");
    }
}
