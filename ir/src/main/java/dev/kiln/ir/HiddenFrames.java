package dev.kiln.ir;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The classes whose frames the JVM would not show in a stack trace, so Kiln's frames of them never show either
 * (docs/RUNTIME-CONTRACT.md, "Stack traces"): Kiln's own runtime ({@code dev.kiln.runtime.*}, and
 * {@code java.lang.ClassInitFailures}), which stands for the JVM's native machinery, and the synthetic classes the
 * frontend makes for invokedynamic call sites ({@code app.Main$$Lambda$3}), which stand for the JVM's hidden classes.
 * The backend gives their methods no frame; the inliner copies into them no code whose frame would show.
 */
public final class HiddenFrames {
    private static final String HIDDEN_PACKAGE = "dev.kiln.runtime.";
    private static final Set<String> HIDDEN_CLASSES = Set.of("java.lang.ClassInitFailures");
    /** Named by the frontend's {@code SyntheticClasses}: the host class, {@code $$}, the kind, {@code $}, the site. */
    private static final Pattern CALL_SITE_CLASS = Pattern.compile(".+\\$\\$[A-Za-z]+\\$[0-9]+");

    private HiddenFrames() {}

    /** True if frames of {@code className}'s methods never show in a stack trace. */
    public static boolean isHidden(IrProgram program, String className) {
        if (className.startsWith(HIDDEN_PACKAGE) || HIDDEN_CLASSES.contains(className)) return true;
        IrClass c = program.clazz(className);
        return c != null && c.flags().contains(Flag.SYNTHETIC) && CALL_SITE_CLASS.matcher(className).matches();
    }
}
