package dev.kiln.ir.text;

import dev.kiln.ir.Flag;
import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrField;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.IrProgram;
import dev.kiln.ir.MethodRef;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes programs, classes, fields and method declarations; method bodies nest inside their class,
 * indented, and take their reference and staticness from the declaration. Blank lines set bodies apart
 * from their neighbours; they carry no meaning.
 */
final class DeclWriter {
    private final ListingWriter w;

    DeclWriter(ListingWriter w) {
        this.w = w;
    }

    void program(IrProgram p) {
        StringBuilder header = new StringBuilder("program");
        for (MethodRef entry : p.entryPoints()) header.append(" entry ").append(entry);
        w.line(0, header.toString(), null);
        for (IrClass c : p.classes()) {
            w.blankLine();
            clazz(c);
        }
    }

    void clazz(IrClass c) {
        StringBuilder header = new StringBuilder("class ").append(c.name());
        if (c.superName() != null) header.append(" extends ").append(c.superName());
        if (!c.interfaces().isEmpty()) header.append(" implements ").append(String.join(", ", c.interfaces()));
        if (!c.flags().isEmpty()) header.append(" [").append(flags(c.flags())).append(']');
        w.line(0, header.append(" {").toString(), null);
        if (c.sourceFile() != null) w.line(2, "source " + Literals.quote(c.sourceFile()), null);
        if (c.isInstantiated()) w.line(2, "instantiated", null);
        if (c.isInitializedWithImplementors()) w.line(2, "initialized_with_implementors", null);
        if (c.simpleName() != null) {
            String in = c.declaringClass() == null ? "" : " in " + c.declaringClass();
            w.line(2, "nested " + Literals.quote(c.simpleName()) + in, null);
        }
        for (IrField f : c.fields()) w.line(2, field(f), null);
        boolean anythingAbove = c.sourceFile() != null || c.isInstantiated() || c.isInitializedWithImplementors()
                || c.simpleName() != null || !c.fields().isEmpty();
        boolean previousHadBody = false;
        for (IrMethod m : c.methods()) {
            boolean hasBody = m.body() != null;
            if (anythingAbove && (hasBody || previousHadBody)) w.blankLine();
            method(m);
            anythingAbove = true;
            previousHadBody = hasBody;
        }
        w.line(0, "}", null);
    }

    private void method(IrMethod m) {
        StringBuilder decl = new StringBuilder("method ");
        if (!m.flags().isEmpty()) decl.append(flags(m.flags())).append(' ');
        decl.append(m.name()).append(m.sig());
        if (m.body() != null) {
            w.function(2, decl.toString(), m.body());
            return;
        }
        if (m.nativeBinding() != null) decl.append(' ').append(m.nativeBinding());
        w.line(2, decl.toString(), null);
    }

    private static String field(IrField f) {
        StringBuilder sb = new StringBuilder("field ");
        if (!f.flags().isEmpty()) sb.append(flags(f.flags())).append(' ');
        sb.append(f.type()).append(' ').append(f.name());
        if (f.constantValue() != null) sb.append(" = ").append(Literals.format(f.constantValue()));
        return sb.toString();
    }

    private static String flags(Set<Flag> flags) {
        return flags.stream().map(Flag::mnemonic).collect(Collectors.joining(" "));
    }
}
