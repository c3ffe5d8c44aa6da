package control_flow;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;

/**
 * Branches on flags and small int values that Kiln's type flow follows as constants: it keeps a side of a branch only
 * once a value that takes it can reach the condition. Each flag here gets the value that opens its other side by a
 * different path, often only after the branch was first read: a field set by a method called later, a parameter one
 * call site passes, a static set in an initializer, a value returned by one of two implementations, arithmetic on
 * constants, an array element, an atomic, a lambda, a clone, a long comparison, characters and shorts, and a
 * reference that stops being null.
 */
public class FlagsThroughEveryPath implements Cloneable {
    boolean parallel;
    int mode = 1;
    short small = 3;
    char letter = 'a';

    static final boolean FROM_PROPERTY = System.getProperty("kiln.no.such.property") == null;
    static boolean enabledLater;
    static FlagsThroughEveryPath registered;

    interface Check {
        boolean ok();
    }

    static final class Yes implements Check {
        @Override public boolean ok() { return true; }
    }

    static final class No implements Check {
        @Override public boolean ok() { return false; }
    }

    String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(parallel ? "parallel" : "sequential");
        switch (mode) {
            case 1 -> sb.append(" one");
            case 2 -> sb.append(" two");
            default -> sb.append(" many");
        }
        if (mode == 3) sb.append(" (three)");
        if (small == 4) sb.append(" small4");
        if (letter == 'z') sb.append(" zed");
        return sb.toString();
    }

    void goParallel() {
        parallel = true;
    }

    static String flagged(boolean flag, String what) {
        return flag ? what + " on" : what + " off";
    }

    static String masked(int flags) {
        int bit = flags & 4;
        return bit != 0 ? "bit set" : "bit clear";
    }

    static String enabled() {
        return enabledLater ? "enabled" : "disabled";
    }

    static String registration() {
        return registered == null ? "none registered" : "registered " + registered.describe();
    }

    public static void main(String[] args) throws Exception {
        FlagsThroughEveryPath f = new FlagsThroughEveryPath();
        System.out.println(f.describe());
        System.out.println(flagged(false, "a") + ", " + masked(3) + ", " + enabled() + ", " + registration());

        // Now the other sides: each through another path.
        f.goParallel();
        f.mode = Integer.parseInt("3");
        f.small = (short) (f.small + 1);
        f.letter = (char) ('a' + 25);
        System.out.println(f.describe());
        System.out.println(flagged(true, "b") + ", " + masked(3 + 1) + ", " + FROM_PROPERTY);

        List<Check> checks = new ArrayList<>();
        checks.add(new No());
        System.out.println(checks.get(0).ok() ? "checks pass" : "checks fail");
        checks.add(new Yes());
        for (Check c : checks) System.out.print(c.ok() ? "yes " : "no ");
        System.out.println();

        boolean[] bits = new boolean[2];
        bits[1] = args.length == 0;
        System.out.println(bits[0] + " " + bits[1] + " " + (bits[1] ? "from array" : "not from array"));

        AtomicBoolean atomic = new AtomicBoolean();
        System.out.println(atomic.get() ? "atomic set" : "atomic clear");
        atomic.compareAndSet(false, true);
        System.out.println(atomic.get() ? "atomic set" : "atomic clear");

        Runnable enabler = () -> enabledLater = true;
        System.out.println(enabled());
        enabler.run();
        System.out.println(enabled());

        FlagsThroughEveryPath copy = (FlagsThroughEveryPath) f.clone();
        copy.mode = 2;
        System.out.println(copy.describe() + " / " + f.describe());

        long big = 1L << 40;
        IntSupplier cmp = () -> Long.compare(big, 1L << 39);
        System.out.println(cmp.getAsInt() > 0 ? "long larger" : "long smaller");

        registered = copy;
        System.out.println(registration());
    }
}
