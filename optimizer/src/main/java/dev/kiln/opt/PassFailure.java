package dev.kiln.opt;

import dev.kiln.ir.MethodRef;

/**
 * A compiler bug caught in the optimizer: a pass crashed, or left IR the verifier rejects. The message
 * carries everything a bug report needs: the pass, the class and method, and the IR listing (before the
 * pass for a crash in verify mode, with the errors inline for a verifier failure).
 */
public final class PassFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String passName;
    private final transient MethodRef method;

    private PassFailure(String message, String passName, MethodRef method, Throwable cause) {
        super(message, cause);
        this.passName = passName;
        this.method = method;
    }

    /**
     * @param ir          the function's listing
     * @param irIsBefore  true if {@code ir} was taken before the pass ran (verify mode); false if it is the
     *                    state the crash left behind, possibly half rewritten
     */
    static PassFailure crashed(String passName, MethodRef method, String ir, boolean irIsBefore, Throwable cause) {
        String label = irIsBefore ? "IR before the pass:\n" : "IR as the crash left it (rerun with --verify-ir for the IR before the pass):\n";
        return new PassFailure("pass '" + passName + "' crashed with " + cause + "\n" + where(method) + label + ir,
                passName, method, cause);
    }

    static PassFailure invalidAfter(String passName, MethodRef method, String rendered) {
        return new PassFailure("IR verification failed after pass '" + passName + "'\n" + where(method) + rendered,
                passName, method, null);
    }

    static PassFailure invalidInput(MethodRef method, String rendered) {
        return new PassFailure("IR verification failed before the first pass (the optimizer's input is invalid)\n"
                + where(method) + rendered, null, method, null);
    }

    /** The pass that failed, or null if the input was already invalid. */
    public String passName() { return passName; }

    public MethodRef method() { return method; }

    private static String where(MethodRef m) {
        return "  in class " + m.owner() + ", method " + m.nameAndSig() + "\n";
    }
}
