package dev.kiln.frontend.lift;

import dev.kiln.ir.InvokeKind;
import dev.kiln.ir.JType;
import dev.kiln.ir.MethodSig;
import dev.kiln.ir.Value;
import java.util.List;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;

/**
 * Lowers a StringConcatFactory call site (see {@link ConcatRecipe}) to what javac emitted before Java 9:
 * {@code new StringBuilder}, its no-argument constructor, one {@code append} per piece (each on the
 * builder itself, dropping the builder append returns) and {@code toString()}. Each piece's overload
 * gives the text String.valueOf would (the factory's specification): boolean, char, int (also for byte and
 * short), long, float and double by value, String for strings (so null prints as "null"), and Object for
 * every other reference.
 */
final class StringConcatLowering {
    private static final String BUILDER = "java.lang.StringBuilder";
    private static final JType BUILDER_TYPE = JType.object(BUILDER);

    private final MemberAccess members;
    private final BlockEmitter out;

    StringConcatLowering(MemberAccess members, BlockEmitter out) {
        this.members = members;
        this.out = out;
    }

    /** The concatenation of {@code args} (the call site's arguments) per the site's recipe. */
    Value lower(InvokeDynamicInsnNode n, List<Value> args, Site site) {
        Value builder = members.newObject(BUILDER, site);
        members.invoke(InvokeKind.SPECIAL, BUILDER, "<init>", new MethodSig(List.of(), JType.VOID), false,
                List.of(builder), false, site);
        for (ConcatRecipe.Piece piece : ConcatRecipe.of(n).pieces()) {
            Value arg;
            JType param;
            if (piece instanceof ConcatRecipe.Literal l) {
                arg = out.constant(l.text(), JType.STRING);
                param = JType.STRING;
            } else if (piece instanceof ConcatRecipe.Argument a) {
                arg = args.get(a.index());
                param = appendParameter(a.type());
            } else {
                Object value = ((ConcatRecipe.Constant) piece).value();
                JType type = TypeTransfer.constantType(value);
                arg = out.constant(value, type);
                param = appendParameter(type);
            }
            members.invoke(InvokeKind.VIRTUAL, BUILDER, "append", new MethodSig(List.of(param), BUILDER_TYPE), false,
                    List.of(builder, arg), false, site);
        }
        return members.invoke(InvokeKind.VIRTUAL, BUILDER, "toString", new MethodSig(List.of(), JType.STRING), false,
                List.of(builder), true, site);
    }

    private static JType appendParameter(JType type) {
        return switch (type.kind()) {
            case BYTE, SHORT, INT -> JType.INT;
            case BOOLEAN, CHAR, LONG, FLOAT, DOUBLE -> type;
            default -> type.equals(JType.STRING) ? JType.STRING : JType.OBJECT;
        };
    }
}
