package dev.kiln.frontend.reach;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.signature.SignatureReader;
import org.objectweb.asm.signature.SignatureVisitor;

/**
 * Whether a class's generic signature names {@code Comparable<C>} among its direct superinterfaces, C being
 * the class itself: exactly when {@code getGenericInterfaces()} holds a ParameterizedType whose raw type is
 * Comparable and whose one type argument is C's Class object. {@code Comparable<? super C>},
 * {@code Comparable<C<T>>} (a ParameterizedType), a type variable, an inner class of a generic class and a
 * raw {@code Comparable} (no Signature attribute at all) do not count.
 */
final class SelfComparable {
    private static final String COMPARABLE = "java/lang/Comparable";

    private SelfComparable() {}

    /** {@code signature}: the class's Signature attribute or null; {@code binaryName}: the class's name. */
    static boolean declares(String signature, String binaryName) {
        if (signature == null) return false;
        String internalName = binaryName.replace('.', '/');
        boolean[] found = {false};
        new SignatureReader(signature).accept(new Ignore() {
            @Override
            public SignatureVisitor visitInterface() {
                return new Superinterface(internalName, found);
            }
        });
        return found[0];
    }

    /** Visits a type and takes no notice of it. */
    private static class Ignore extends SignatureVisitor {
        Ignore() {
            super(Opcodes.ASM9);
        }

        @Override public SignatureVisitor visitClassBound() { return new Ignore(); }
        @Override public SignatureVisitor visitInterfaceBound() { return new Ignore(); }
        @Override public SignatureVisitor visitSuperclass() { return new Ignore(); }
        @Override public SignatureVisitor visitInterface() { return new Ignore(); }
        @Override public SignatureVisitor visitArrayType() { return new Ignore(); }
        @Override public SignatureVisitor visitTypeArgument(char wildcard) { return new Ignore(); }
    }

    /** One direct superinterface: Comparable with exactly one argument, which is {@code self} itself. */
    private static final class Superinterface extends Ignore {
        private final String self;
        private final boolean[] found;
        private boolean comparable;
        private int arguments;
        private Argument argument;

        Superinterface(String self, boolean[] found) {
            this.self = self;
            this.found = found;
        }

        @Override
        public void visitClassType(String name) {
            comparable = name.equals(COMPARABLE);
        }

        @Override
        public void visitInnerClassType(String name) {
            comparable = false;
        }

        @Override
        public void visitTypeArgument() {
            arguments++;
        }

        @Override
        public SignatureVisitor visitTypeArgument(char wildcard) {
            arguments++;
            if (wildcard != INSTANCEOF) return new Ignore();
            argument = new Argument();
            return argument;
        }

        @Override
        public void visitEnd() {
            if (comparable && arguments == 1 && argument != null && argument.isPlainClass(self)) found[0] = true;
        }
    }

    /** A type argument: a class type without arguments of its own, or something else. */
    private static final class Argument extends Ignore {
        private String name;
        private boolean plain = true;

        @Override public void visitClassType(String name) { this.name = name; }
        @Override public void visitInnerClassType(String name) { plain = false; }
        @Override public void visitTypeArgument() { plain = false; }
        @Override public SignatureVisitor visitTypeArgument(char wildcard) { plain = false; return new Ignore(); }
        @Override public void visitTypeVariable(String name) { plain = false; }
        @Override public SignatureVisitor visitArrayType() { plain = false; return new Ignore(); }
        @Override public void visitBaseType(char descriptor) { plain = false; }

        boolean isPlainClass(String expected) {
            return plain && expected.equals(name);
        }
    }
}
