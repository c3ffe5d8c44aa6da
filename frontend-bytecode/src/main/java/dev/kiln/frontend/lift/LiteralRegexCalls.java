package dev.kiln.frontend.lift;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.InvokeKind;
import dev.kiln.ir.MethodRef;
import dev.kiln.ir.Value;
import java.util.List;

/**
 * Rewrites {@code String} calls whose regular expression is a constant that matches only itself, so that the
 * program does not reach {@code java.util.regex} (about 600 functions and the Unicode script tables) through
 * them. The JDK's own code makes such calls: {@code Locale}'s builder calls {@code replaceAll("-", "_")}, so
 * every program that touches a {@code Locale} constant reached the whole regex engine.
 * <ul>
 *   <li>{@code s.replaceAll(regex, replacement)}, the regex without any metacharacter
 *       ({@code \ ^ $ . | ? * + ( ) [ ] { }}) and not empty, the replacement without {@code \} or {@code $}:
 *       {@code s.replace(regex, replacement)}, which replaces the same occurrences with the same text;</li>
 *   <li>{@code s.split(regex)} and {@code s.split(regex, limit)}, the regex one character that is no
 *       metacharacter, or a backslash and a character that is no ASCII letter or digit (the cases the JDK's
 *       {@code String.split} also splits without a {@code Pattern}), or such a character followed by {@code +} (a
 *       run of it: JDK 25's locale providers split their tag lists at {@code " +"}): runtime-lib's
 *       {@code LiteralSplit.split}, which follows {@code Pattern.split}'s rules.</li>
 * </ul>
 * Only calls to {@code java.lang.String}'s own methods with constant arguments change. The receiver's null
 * check is a separate instruction before the call, so a null receiver still throws the
 * NullPointerException (and helpful message) of the original call.
 */
final class LiteralRegexCalls {
    private static final String STRING = "java.lang.String";
    private static final String META = "\\^$.|?*+()[]{}";
    private static final String SPLIT_META = ".$|()[{^?*+\\";
    private static final MethodRef REPLACE = MethodRef.of(STRING, "replace",
            "(Ljava/lang/CharSequence;Ljava/lang/CharSequence;)Ljava/lang/String;");
    private static final String LITERAL_SPLIT = "dev.kiln.runtime.LiteralSplit";
    private static final MethodRef SPLIT = MethodRef.of(LITERAL_SPLIT, "split", "(Ljava/lang/String;Ljava/lang/String;)[Ljava/lang/String;");
    private static final MethodRef SPLIT_LIMIT = MethodRef.of(LITERAL_SPLIT, "split",
            "(Ljava/lang/String;Ljava/lang/String;I)[Ljava/lang/String;");

    private LiteralRegexCalls() {}

    static void rewrite(Function fn) {
        for (Block b : fn.blocks()) {
            List<Instruction> insns = b.instructions();
            for (int i = 0; i < insns.size(); i++) {
                if (!(insns.get(i) instanceof Insn.Invoke call) || call.kind() != InvokeKind.VIRTUAL
                        || !call.method().owner().equals(STRING)) {
                    continue;
                }
                Insn.Invoke replacement = replacement(call);
                if (replacement != null) {
                    replacement.at(call.pos());
                    b.remove(call);
                    b.insert(i, replacement);
                }
            }
        }
    }

    private static Insn.Invoke replacement(Insn.Invoke call) {
        String name = call.method().name();
        String descriptor = call.method().sig().descriptor();
        List<Value> args = call.operands();
        if (name.equals("replaceAll") && descriptor.equals("(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;")) {
            String regex = constant(args.get(1));
            String replacement = constant(args.get(2));
            if (regex == null || replacement == null || regex.isEmpty() || !noneOf(regex, META) || !noneOf(replacement, "\\$")) {
                return null;
            }
            return new Insn.Invoke(call.result(), InvokeKind.VIRTUAL, REPLACE, args);
        }
        if (name.equals("split") && (descriptor.equals("(Ljava/lang/String;)[Ljava/lang/String;")
                || descriptor.equals("(Ljava/lang/String;I)[Ljava/lang/String;"))) {
            String regex = constant(args.get(1));
            if (regex == null || !isLiteralSplit(regex) && !isRunSplit(regex)) return null;
            return new Insn.Invoke(call.result(), InvokeKind.STATIC, args.size() == 2 ? SPLIT : SPLIT_LIMIT, args);
        }
        return null;
    }

    /** The JDK's own test for a regex that {@code String.split} splits at without a {@code Pattern}. */
    static boolean isLiteralSplit(String regex) {
        char ch;
        if (regex.length() == 1) {
            ch = regex.charAt(0);
            if (SPLIT_META.indexOf(ch) >= 0) return false;
        } else if (regex.length() == 2 && regex.charAt(0) == '\\') {
            ch = regex.charAt(1);
            if ((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) return false;
        } else {
            return false;
        }
        return !Character.isSurrogate(ch);
    }

    /** A character {@link #isLiteralSplit} accepts, followed by {@code +}: one or more of it. */
    static boolean isRunSplit(String regex) {
        return regex.length() >= 2 && regex.endsWith("+") && isLiteralSplit(regex.substring(0, regex.length() - 1));
    }

    private static boolean noneOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) return false;
        }
        return true;
    }

    private static String constant(Value v) {
        return v.definition() instanceof Insn.Const c && c.value() instanceof String s ? s : null;
    }
}
