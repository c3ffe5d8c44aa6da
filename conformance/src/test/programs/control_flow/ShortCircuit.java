package control_flow;

/** && and || evaluate the right side only when needed; & and | always evaluate both; side effects show it. */
public class ShortCircuit {
    static StringBuilder log = new StringBuilder();

    static boolean t(String name) {
        log.append(name);
        return true;
    }

    static boolean f(String name) {
        log.append(name);
        return false;
    }

    static void show(String label, boolean v) {
        System.out.println(label + " = " + v + " evaluated " + log);
        log.setLength(0);
    }

    public static void main(String[] args) {
        show("T && F", t("a") && f("b"));
        show("F && T", f("a") && t("b"));
        show("T || F", t("a") || f("b"));
        show("F || T", f("a") || t("b"));
        show("F & T", f("a") & t("b"));
        show("T | F", t("a") | f("b"));
        show("T ^ T", t("a") ^ t("b"));
        show("F && T || T", f("a") && t("b") || t("c"));
        show("T || F && F", t("a") || f("b") && f("c"));
        show("(T || F) && F", (t("a") || f("b")) && f("c"));
        show("!(F || F) && T", !(f("a") || f("b")) && t("c"));
        show("F || F || F || T", f("a") || f("b") || f("c") || t("d"));
        show("T && T && F && T", t("a") && t("b") && f("c") && t("d"));
        int[] arr = {1, 2, 3};
        int idx = 5;
        boolean safe = idx < arr.length && arr[idx] > 0;
        System.out.println("guarded index " + safe);
        String s = null;
        boolean nonEmpty = s != null && s.length() > 0;
        System.out.println("guarded null " + nonEmpty);
        int count = 0;
        for (int k = 0; k < 20; k++) {
            if (k % 3 == 0 || k % 5 == 0 && k > 7) {
                count++;
            }
        }
        System.out.println("count " + count);
        int sideEffect = 0;
        boolean r = (sideEffect++ > 0) && (sideEffect++ > 0);
        System.out.println(r + " " + sideEffect);
        r = (sideEffect++ > 0) || (sideEffect++ > 0);
        System.out.println(r + " " + sideEffect);
        boolean b = false;
        b |= t("x");
        b &= f("y");
        show("compound", b);
        boolean cond = t("p") ? f("q") || t("r") : t("s");
        show("ternary", cond);
    }
}
