package class_init;

/**
 * JLS 12.4.1: a class is initialised on its first active use only, whichever kind it is: {@code new},
 * a static method call, a read or a write of a static field that is not a constant variable. Each
 * initializer runs once, however many uses follow, and uses in untaken branches initialise nothing.
 */
public class ActiveUses {
    static final StringBuilder LOG = new StringBuilder();

    static int note(String what) {
        LOG.append(what).append(';');
        System.out.println("  init " + what);
        return what.length();
    }

    static class ByNew {
        static int seen = note("ByNew");
        int value = 7;
    }

    static class ByStaticCall {
        static int seen = note("ByStaticCall");

        static int twice(int v) {
            return 2 * v + seen;
        }
    }

    static class ByRead {
        static int value = note("ByRead") * 10;
    }

    static class ByWrite {
        static int value = note("ByWrite");
        static long wide;
    }

    static class ByCompound {
        static int counter = note("ByCompound");
    }

    static class InBranch {
        static int value = note("InBranch");
    }

    static class InLoop {
        static int hits = note("InLoop");
    }

    static int i(int v) {
        return v;
    }

    public static void main(String[] args) {
        System.out.println("start, log=" + LOG);
        System.out.println("new: " + new ByNew().value);
        System.out.println("new again: " + new ByNew().value + " seen=" + ByNew.seen);
        System.out.println("static call: " + ByStaticCall.twice(i(5)));
        System.out.println("static call again: " + ByStaticCall.twice(i(6)));
        System.out.println("read: " + ByRead.value);
        System.out.println("write");
        ByWrite.wide = 1L << 40;
        System.out.println("after write: " + ByWrite.value + " " + ByWrite.wide);
        System.out.println("compound");
        ByCompound.counter += 100;
        ByCompound.counter++;
        System.out.println("after compound: " + ByCompound.counter);
        if (i(1) == 2) {
            System.out.println("never: " + InBranch.value);
        }
        System.out.println("branch not taken, log=" + LOG);
        for (int k = 0; k < 5; k++) {
            if (k >= i(2)) InLoop.hits++;
            System.out.println("loop " + k + " log=" + LOG);
        }
        System.out.println("hits=" + InLoop.hits);
        if (i(2) == 2) {
            System.out.println("taken: " + InBranch.value);
        }
        System.out.println("log=" + LOG);
    }
}
