package dev.kiln.frontend.lift;

import dev.kiln.ir.JType;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Handle;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;

/**
 * The pieces of a string concatenation call site linked by {@code java.lang.invoke.StringConcatFactory}
 * (what javac emits for {@code +} on strings since Java 9). In {@code makeConcatWithConstants}'s recipe,
 * {@code \u0001} stands for the next argument, {@code \u0002} for the next bootstrap constant and every
 * other character for itself; {@code makeConcat} has no recipe and concatenates its arguments.
 * Literal text and string constants that follow each other form one {@link Literal}.
 *
 * @param problem why the site cannot be lowered, or null
 */
record ConcatRecipe(List<Piece> pieces, String problem) {
    private static final String FACTORY = "java/lang/invoke/StringConcatFactory";
    private static final char ARGUMENT = '\u0001';
    private static final char CONSTANT = '\u0002';
    private static final String INVALID = "invalid string concatenation: ";

    sealed interface Piece permits Literal, Argument, Constant {}

    /** Text known at compile time. */
    record Literal(String text) implements Piece {}

    /** The call site's argument {@code index}, of its static (descriptor) type. */
    record Argument(int index, JType type) implements Piece {}

    /** A numeric bootstrap constant: an Integer, Long, Float or Double. */
    record Constant(Object value) implements Piece {}

    /** True if the call site is linked by one of the two StringConcatFactory bootstraps. */
    static boolean isConcat(InvokeDynamicInsnNode n) {
        Handle bsm = n.bsm;
        return bsm.getOwner().equals(FACTORY)
                && (bsm.getName().equals("makeConcat") || bsm.getName().equals("makeConcatWithConstants"));
    }

    static ConcatRecipe of(InvokeDynamicInsnNode n) {
        List<JType> args = JType.parameterTypes(n.desc);
        if (!JType.returnType(n.desc).equals(JType.STRING)) {
            return failed(INVALID + "the call site does not return a String");
        }
        if (n.bsm.getName().equals("makeConcat")) {
            List<Piece> pieces = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) pieces.add(new Argument(i, args.get(i)));
            return new ConcatRecipe(pieces, null);
        }
        if (n.bsmArgs.length == 0 || !(n.bsmArgs[0] instanceof String recipe)) {
            return failed(INVALID + "no recipe");
        }
        List<Piece> pieces = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int nextArg = 0;
        int nextConstant = 1;
        for (int k = 0; k < recipe.length(); k++) {
            char c = recipe.charAt(k);
            if (c == ARGUMENT) {
                if (nextArg == args.size()) return failed(INVALID + "the recipe uses more arguments than passed");
                flush(literal, pieces);
                pieces.add(new Argument(nextArg, args.get(nextArg)));
                nextArg++;
            } else if (c == CONSTANT) {
                if (nextConstant == n.bsmArgs.length) return failed(INVALID + "the recipe uses more constants than given");
                Object cst = n.bsmArgs[nextConstant++];
                if (cst instanceof String s) {
                    literal.append(s);
                } else if (cst instanceof Integer || cst instanceof Long || cst instanceof Float || cst instanceof Double) {
                    flush(literal, pieces);
                    pieces.add(new Constant(cst));
                } else {
                    String kind = cst.getClass().getSimpleName();
                    return failed("string concatenation with a constant of kind " + kind + " is not supported yet");
                }
            } else {
                literal.append(c);
            }
        }
        if (nextArg != args.size()) return failed(INVALID + "the recipe uses fewer arguments than passed");
        flush(literal, pieces);
        return new ConcatRecipe(pieces, null);
    }

    private static ConcatRecipe failed(String problem) {
        return new ConcatRecipe(List.of(), problem);
    }

    private static void flush(StringBuilder literal, List<Piece> pieces) {
        if (literal.length() > 0) {
            pieces.add(new Literal(literal.toString()));
            literal.setLength(0);
        }
    }
}
