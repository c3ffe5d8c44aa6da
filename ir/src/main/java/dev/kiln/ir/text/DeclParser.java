package dev.kiln.ir.text;

import dev.kiln.ir.Flag;
import dev.kiln.ir.Function;
import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrField;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.IrProgram;
import dev.kiln.ir.JType;
import dev.kiln.ir.MethodRef;
import dev.kiln.ir.MethodSig;
import dev.kiln.ir.NativeBinding;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads what {@link DeclWriter} and the function header of {@link IrPrinter} write. */
final class DeclParser {
    private static final Map<String, Flag> FLAGS = new HashMap<>();

    static {
        for (Flag f : Flag.values()) FLAGS.put(f.mnemonic(), f);
    }

    private final SourceLines lines;

    DeclParser(SourceLines lines) {
        this.lines = lines;
    }

    /** A {@code function} header line (see {@link IrPrinter}) and its body. */
    Function function() {
        Cursor c = lines.next("a function").cursor();
        c.expectWord("function");
        boolean isStatic = c.peek("static ");
        if (isStatic) c.expectWord("static");
        return FunctionParser.parse(c.methodRef(), isStatic, c, lines);
    }

    /** {@code program [entry owner.name(params)ret]...} and its classes. */
    IrProgram program() {
        Cursor c = lines.next("'program'").cursor();
        c.expectWord("program");
        List<MethodRef> entries = new ArrayList<>();
        while (!c.atEnd()) {
            int at = c.position();
            c.expectWord("entry");
            MethodRef entry = c.methodRef();
            if (entries.contains(entry)) throw c.errorAt(at, "entry " + entry + " is named twice");
            entries.add(entry);
        }
        IrProgram p = new IrProgram(entries);
        while (lines.hasNext()) {
            Cursor header = lines.next("a class").cursor();
            int at = header.position();
            IrClass cls = clazz(header);
            if (p.clazz(cls.name()) != null) throw header.errorAt(at, "class " + cls.name() + " is defined twice");
            p.addClass(cls);
        }
        return p;
    }

    private IrClass clazz(Cursor c) {
        c.expectWord("class");
        String name = c.word();
        String superName = null;
        List<String> interfaces = new ArrayList<>();
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (c.peek("extends ")) {
            c.expectWord("extends");
            superName = c.word();
        }
        if (c.peek("implements ")) {
            c.expectWord("implements");
            do interfaces.add(c.word()); while (c.tryConsume(","));
        }
        if (c.tryConsume("[")) {
            while (!c.tryConsume("]")) flags.add(flag(c, c.position(), c.word()));
        }
        c.expect("{");
        c.expectEnd();
        IrClass cls = new IrClass(name, superName, interfaces, flags);
        for (Cursor m = lines.next("'}'").cursor(); !m.peek("}"); m = lines.next("'}'").cursor()) member(m, cls);
        return cls;
    }

    private void member(Cursor c, IrClass cls) {
        int at = c.position();
        String keyword = c.word();
        switch (keyword) {
            case "source" -> cls.setSourceFile(c.stringLiteral());
            case "instantiated" -> cls.setInstantiated(true);
            case "initialized_with_implementors" -> cls.setInitializedWithImplementors(true);
            case "nested" -> {
                String simpleName = c.stringLiteral();
                String declaring = null;
                if (c.peek("in ")) {
                    c.expectWord("in");
                    declaring = c.word();
                }
                cls.setNesting(simpleName, declaring);
            }
            case "field" -> cls.fields().add(field(c, cls.name()));
            case "method" -> {
                cls.methods().add(method(c, cls.name()));
                return;
            }
            default -> throw c.errorAt(at, "expected source, instantiated, initialized_with_implementors, nested, field, method "
                    + "or '}'");
        }
        c.expectEnd();
    }

    /** {@code field <flags> <type> <name>[ = <literal>]}: the last two words are the type and the name. */
    private static IrField field(Cursor c, String owner) {
        List<String> words = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        while (!c.atEnd() && !c.peek("=")) {
            columns.add(c.position());
            words.add(c.token());
        }
        int n = words.size();
        if (n < 2) throw c.error("expected field flags, type and name");
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        for (int i = 0; i < n - 2; i++) flags.add(flag(c, columns.get(i), words.get(i)));
        JType type;
        try {
            type = JType.parse(words.get(n - 2));
        } catch (IllegalArgumentException e) {
            throw c.errorAt(columns.get(n - 2), e.getMessage());
        }
        Object constant = c.tryConsume("=") ? Literals.parse(c) : null;
        return new IrField(owner, words.get(n - 1), type, flags, constant);
    }

    /** {@code method <flags> <name><signature>}, then a body, a native binding or nothing. */
    private IrMethod method(Cursor c, String owner) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        String name;
        while (true) {
            if (c.peek("<")) {
                name = c.methodName();
                break;
            }
            int at = c.position();
            String word = c.word();
            if (c.peek("(")) {
                name = word;
                break;
            }
            flags.add(flag(c, at, word));
        }
        MethodSig sig = c.signature();
        IrMethod m = new IrMethod(new MethodRef(owner, name, sig), flags);
        if (c.peek("(")) {
            m.setBody(FunctionParser.parse(m.ref(), m.isStatic(), c, lines));
            return m;
        }
        if (c.tryConsume("import")) {
            m.setNativeBinding(new NativeBinding.HostImport(c.stringLiteral(), c.stringLiteral()));
        } else if (c.tryConsume("intrinsic")) {
            m.setNativeBinding(new NativeBinding.Intrinsic(c.stringLiteral()));
        }
        c.expectEnd();
        return m;
    }

    private static Flag flag(Cursor c, int at, String word) {
        Flag f = FLAGS.get(word);
        if (f == null) throw c.errorAt(at, "unknown flag '" + word + "'");
        return f;
    }

    /** Fails unless every line has been consumed. */
    void expectEnd() {
        if (lines.hasNext()) {
            SourceLines.Line extra = lines.peek();
            throw extra.cursor().error("unexpected text after the end");
        }
    }
}
