package dev.kiln.frontend.reach;

import dev.kiln.frontend.model.ClassHierarchy;
import dev.kiln.frontend.model.ClassInfo;
import dev.kiln.frontend.model.MethodInfo;
import dev.kiln.ir.Block;
import dev.kiln.ir.CompileError;
import dev.kiln.ir.CondOp;
import dev.kiln.ir.Flag;
import dev.kiln.ir.Function;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.InvokeKind;
import dev.kiln.ir.JType;
import dev.kiln.ir.MethodRef;
import dev.kiln.ir.MethodSig;
import dev.kiln.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bodies of the runtime library's {@code @GeneratedBody} natives (docs/RUNTIME-CONTRACT.md), which
 * answer questions about the program's classes from the closed world:
 * <ul>
 *   <li>{@code kiln.class_for_name} ({@code ClassTable.forName(String)}): for each class {@code Class.forName}
 *       may find, if the name equals its binary name, initialise it and return its Class; else null. Those
 *       classes are every class in the user's class path entries, every other class the program contains
 *       whose initialisation the program reaches anyway or that needs none, and every class named by a
 *       string literal passed straight to {@code Class.forName}; the runtime
 *       library's own package {@code dev.kiln.runtime} and the classes made for invokedynamic call sites
 *       (the JVM's are hidden classes) are never found, as on the JVM.</li>
 *   <li>{@code kiln.enum_constants} ({@code ClassTable.enumConstants(Class)}): for each enum class whose
 *       Class object the program can hold, if the argument is its Class, return its {@code values()}; else
 *       null. Those are the enum classes that are instantiated, themselves or through a constant's body
 *       (their constants exist, so {@code getClass()} or {@code getDeclaringClass()} gives the Class) or named by a class literal, alone or as an array's
 *       element type; an enum the program merely mentions (a field's or a parameter's type) has no Class
 *       object to ask with, and listing it would initialise it for nothing.</li>
 *   <li>{@code kiln.comparable_to_itself} ({@code ClassTable.comparableToItself(Class)}): for each instantiated
 *       class whose declaration names {@code Comparable<ItsOwnName>} among its direct superinterfaces (its
 *       {@code Signature} attribute), if the argument is its Class, true; else false. That is the question
 *       {@code HashMap.comparableClassFor} asks through {@code getGenericInterfaces()}.</li>
 *   <li>{@code kiln.jdk_file:<path>} (a {@code static String} method without parameters, such as
 *       {@code JdkFiles.tzdbChars()}): the bytes of the file {@code <path>}, relative to the home of the JDK
 *       whose class library the program is compiled against ({@code lib/tzdb.dat}), as one string literal
 *       ({@link #packBytes}), so they become part of the module only when a reachable call needs them, and
 *       always the bytes of the library the program's classes come from.</li>
 *   <li>{@code kiln.number_symbols:<bundle class>} (a {@code static String} method without parameters): the number
 *       entries (separators, digits, patterns of each numbering system) of a list resource bundle of the class
 *       library, such as {@code sun.text.resources.cldr.FormatData}, read from its {@code getContents()} at compile
 *       time ({@link #numberSymbols}), so a program that formats numbers carries those few strings instead of the
 *       bundle's hundreds.</li>
 * </ul>
 * A body calls and initialises the classes it lists, which can make more classes part of the program and
 * so lengthen the lists: {@link #regenerate()} rebuilds the bodies whose list grew once the analysis has
 * run out of work, and the analysis goes on until no list grows.
 */
final class GeneratedBodies {
    static final String CLASS_FOR_NAME = "kiln.class_for_name";
    static final String ENUM_CONSTANTS = "kiln.enum_constants";
    static final String COMPARABLE_TO_ITSELF = "kiln.comparable_to_itself";
    static final String JDK_FILE = "kiln.jdk_file:";
    static final String NUMBER_SYMBOLS = "kiln.number_symbols:";
    /** {@code Class.forName(String)}, whose literal arguments name classes for the table. */
    static final MethodRef FOR_NAME = MethodRef.of("java.lang.Class", "forName", "(Ljava/lang/String;)Ljava/lang/Class;");

    private static final MethodRef STRING_EQUALS = MethodRef.of("java.lang.String", "equals", "(Ljava/lang/Object;)Z");
    private static final String RUNTIME_PACKAGE = "dev.kiln.runtime.";
    /** The origin of the classes the class path writes for invokedynamic, which stand for the JVM's hidden classes. */
    private static final String SYNTHETIC_ORIGIN = "kiln-synthetic:";

    private final RapidTypeAnalysis rta;
    private final ClassHierarchy h;
    /** Each generated method with its kind and the classes its current body lists. */
    private final Map<MethodInfo, String> kinds = new LinkedHashMap<>();
    private final Map<MethodInfo, List<String>> listed = new LinkedHashMap<>();
    private final Set<String> literalNames = new TreeSet<>();

    GeneratedBodies(RapidTypeAnalysis rta, ClassHierarchy h) {
        this.rta = rta;
        this.h = h;
    }

    /** A reachable {@code @GeneratedBody} native: generates its body now. */
    void reach(MethodInfo m, String kind) {
        if (kind.startsWith(JDK_FILE) || kind.startsWith(NUMBER_SYMBOLS)) {
            Function body = kind.startsWith(JDK_FILE) ? jdkFile(m, kind.substring(JDK_FILE.length()))
                    : numberSymbols(m, kind.substring(NUMBER_SYMBOLS.length()));
            rta.bodies.put(m, body);
            new BodyScanner(rta, h, m).scan(body);
            return;
        }
        if (!kind.equals(CLASS_FOR_NAME) && !kind.equals(ENUM_CONSTANTS) && !kind.equals(COMPARABLE_TO_ITSELF)) {
            throw new CompileError(m.site().error("@GeneratedBody(\"" + kind + "\") names no body the frontend generates"));
        }
        kinds.put(m, kind);
        generate(m);
    }

    /** A call {@code Class.forName(s)} with the string literal {@code s}. */
    void forNameLiteral(String name) {
        literalNames.add(name);
    }

    /**
     * Rebuilds every body whose class list changed since it was generated, and lets the analysis scan it.
     *
     * @return true if a body changed (and the analysis may have new work)
     */
    boolean regenerate() {
        boolean changed = false;
        for (MethodInfo m : new ArrayList<>(kinds.keySet())) {
            if (!listed.get(m).equals(classes(kinds.get(m)))) {
                generate(m);
                changed = true;
            }
        }
        return changed;
    }

    private void generate(MethodInfo m) {
        List<String> classes = classes(kinds.get(m));
        listed.put(m, classes);
        Function body = switch (kinds.get(m)) {
            case CLASS_FOR_NAME -> classForName(m, classes);
            case ENUM_CONSTANTS -> enumConstants(m, classes);
            default -> classIsOneOf(m, classes);
        };
        rta.bodies.put(m, body);
        new BodyScanner(rta, h, m).scan(body);
    }

    private List<String> classes(String kind) {
        Set<String> out = new TreeSet<>();
        if (kind.equals(ENUM_CONSTANTS)) {
            for (ClassInfo c : rta.instantiated) {
                if (isEnumClass(c)) out.add(c.name());
                // A constant with a body is an instance of a subclass of its enum class.
                ClassInfo s = c.superName() == null ? null : h.find(c.superName());
                if (s != null && isEnumClass(s)) out.add(s.name());
            }
            for (ClassInfo c : rta.classLiterals) if (isEnumClass(c)) out.add(c.name());
            return List.copyOf(out);
        }
        if (kind.equals(COMPARABLE_TO_ITSELF)) {
            for (ClassInfo c : rta.instantiated) if (SelfComparable.declares(c.signature(), c.name())) out.add(c.name());
            return List.copyOf(out);
        }
        for (ClassInfo c : rta.kept) {
            // A library class the program only names (in a signature, say) is listed only if finding it
            // initialises nothing the program does not already initialise: otherwise Class.forName would make
            // its static initializer, and all it reaches, part of every program that calls forName.
            if (!h.needsInitialization(c.name()) || rta.initialized.contains(c)) out.add(c.name());
        }
        out.addAll(h.userClassNames());
        for (String name : literalNames) if (isBinaryName(name) && h.find(name) != null) out.add(name);
        out.removeIf(name -> name.startsWith(RUNTIME_PACKAGE) || h.find(name).origin().startsWith(SYNTHETIC_ORIGIN));
        return List.copyOf(out);
    }

    private boolean isEnumClass(ClassInfo c) {
        return c.flags().contains(Flag.ENUM) && Objects.equals(c.superName(), "java.lang.Enum")
                && c.method("values", valuesSig(c.name())) != null;
    }

    private static MethodSig valuesSig(String enumClass) {
        return new MethodSig(List.of(), JType.array(JType.object(enumClass)));
    }

    /** A name {@code Class.forName} could find a class by: no array descriptor, no internal-form slashes. */
    private static boolean isBinaryName(String name) {
        return !name.isEmpty() && name.indexOf('/') < 0 && name.indexOf('[') < 0 && name.indexOf(';') < 0;
    }

    /** {@code if (name.equals("C")) { initclass C; return C.class; } ... return null;} */
    private Function classForName(MethodInfo m, List<String> classes) {
        Function f = new Function(m.ref(), true);
        Value name = f.addParam(JType.STRING);
        Block test = f.newBlock();
        for (String c : classes) {
            Value literal = emit(test, new Insn.Const(f.newValue(JType.STRING), c));
            Value equal = emit(test, new Insn.Invoke(f.newValue(JType.INT), InvokeKind.VIRTUAL, STRING_EQUALS, List.of(literal, name)));
            Block found = f.newBlock();
            Block next = f.newBlock();
            test.add(new Insn.If(CondOp.NE, List.of(equal), found, next));
            if (h.needsInitialization(c)) found.add(new Insn.InitClass(c));
            found.add(new Insn.Return(emit(found, new Insn.Const(f.newValue(JType.object("java.lang.Class")), JType.object(c)))));
            test = next;
        }
        test.add(new Insn.Return(emit(test, new Insn.Const(f.newValue(JType.NULL), null))));
        return f;
    }

    /** {@code if (c == E.class) return E.values(); ... return null;} */
    private Function enumConstants(MethodInfo m, List<String> enums) {
        Function f = new Function(m.ref(), true);
        Value enumClass = f.addParam(JType.object("java.lang.Class"));
        Block test = f.newBlock();
        for (String e : enums) {
            Value literal = emit(test, new Insn.Const(f.newValue(JType.object("java.lang.Class")), JType.object(e)));
            Block found = f.newBlock();
            Block next = f.newBlock();
            test.add(new Insn.If(CondOp.EQ, List.of(enumClass, literal), found, next));
            JType array = JType.array(JType.object(e));
            if (h.needsInitialization(e)) found.add(new Insn.InitClass(e));
            Value values = emit(found, new Insn.Invoke(f.newValue(array), InvokeKind.STATIC, new MethodRef(e, "values", valuesSig(e)), List.of()));
            found.add(new Insn.Return(values));
            test = next;
        }
        test.add(new Insn.Return(emit(test, new Insn.Const(f.newValue(JType.NULL), null))));
        return f;
    }

    /** {@code if (c == C.class) return true; ... return false;} */
    private Function classIsOneOf(MethodInfo m, List<String> classes) {
        Function f = new Function(m.ref(), true);
        Value clazz = f.addParam(JType.object("java.lang.Class"));
        Block test = f.newBlock();
        Block yes = f.newBlock();
        for (String c : classes) {
            Value literal = emit(test, new Insn.Const(f.newValue(JType.object("java.lang.Class")), JType.object(c)));
            Block next = f.newBlock();
            test.add(new Insn.If(CondOp.EQ, List.of(clazz, literal), yes, next));
            test = next;
        }
        yes.add(new Insn.Return(emit(yes, new Insn.Const(f.newValue(JType.INT), 1))));
        test.add(new Insn.Return(emit(test, new Insn.Const(f.newValue(JType.INT), 0))));
        return f;
    }

    /** {@code return "<the file's bytes, packed>";} */
    /**
     * {@code kiln.number_symbols:<bundle class>}: the number entries of a list resource bundle of the class library
     * (keys {@code DefaultNumberingSystem}, {@code NumberElements}, {@code NumberPatterns} and {@code
     * <numbering system>.NumberElements}, {@code <numbering system>.NumberPatterns}), read from its {@code
     * getContents()} at compile time, as one string literal: each entry is its key, {@code \u0001}, then its string,
     * or {@code \u0002} and its strings each followed by {@code \u0002} for an array, or {@code \u0003} and the
     * char whose code is 32 more than the number of an earlier entry with the same value (the root bundle's 113 entries have 40
     * values), then {@code \u0000}. A char beyond Latin-1 is written {@code \u0004}, its high byte, its low byte,
     * so the literal takes one byte a char in the module (the separators of a hundred numbering systems hold a few
     * such chars each, and one would make the whole literal UTF-16). runtime-lib's {@code FormatterNumbers.entries}
     * reads it.
     */
    private Function numberSymbols(MethodInfo m, String bundle) {
        if (!m.ref().sig().params().isEmpty() || !m.ref().sig().ret().equals(JType.STRING)) {
            throw new CompileError(m.site().error("@GeneratedBody(\"" + NUMBER_SYMBOLS + bundle + "\") must be a method ()String"));
        }
        StringBuilder out = new StringBuilder();
        Map<String, Integer> entryWithValue = new HashMap<>();
        int entries = 0;
        for (Object[] entry : h.bundleContents(bundle, m.site())) {
            String key = (String) entry[0];
            if (!isNumberKey(key)) continue;
            StringBuilder value = new StringBuilder();
            if (entry[1] instanceof Object[] values) {
                value.append('\u0002');
                for (Object v : values) value.append(checkedText(m, bundle, (String) v)).append('\u0002');
            } else {
                value.append(checkedText(m, bundle, (String) entry[1]));
            }
            out.append(checkedText(m, bundle, key)).append('\u0001');
            Integer same = entryWithValue.putIfAbsent(value.toString(), entries);
            if (same != null) {
                out.append('\u0003').append((char) (same + REUSED_ENTRY_BASE));
            } else {
                out.append(value);
            }
            out.append('\u0000');
            entries++;
        }
        StringBuilder latin1 = new StringBuilder(out.length());
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c <= 0xff) {
                latin1.append(c);
            } else {
                latin1.append('\u0004').append((char) (c >>> 8)).append((char) (c & 0xff));
            }
        }
        Function f = new Function(m.ref(), true);
        Block b = f.newBlock();
        b.add(new Insn.Return(emit(b, new Insn.Const(f.newValue(JType.STRING), latin1.toString()))));
        return f;
    }

    /** Added to an entry's number in a reference to its value, so that the reference is no separator. */
    private static final int REUSED_ENTRY_BASE = 0x20;

    private static boolean isNumberKey(String key) {
        return key.equals("DefaultNumberingSystem") || key.equals("NumberElements") || key.equals("NumberPatterns")
                || key.endsWith(".NumberElements") || key.endsWith(".NumberPatterns");
    }

    /** The text, if it holds none of the separators of {@link #numberSymbols}. */
    private static String checkedText(MethodInfo m, String bundle, String text) {
        if (text == null || text.chars().anyMatch(c -> c <= '\u0004')) {
            throw new CompileError(m.site().error("cannot encode a number entry of " + bundle + ": " + text));
        }
        return text;
    }

    private Function jdkFile(MethodInfo m, String path) {
        if (!m.ref().sig().params().isEmpty() || !m.ref().sig().ret().equals(JType.STRING)) {
            throw new CompileError(m.site().error("@GeneratedBody(\"" + JDK_FILE + path + "\") must be a method ()String"));
        }
        byte[] bytes = h.jdkFile(path);
        if (bytes == null) {
            throw new CompileError(m.site().error("the class library's JDK has no file " + path + ", which " + m.ref() + " carries"));
        }
        Function f = new Function(m.ref(), true);
        Block b = f.newBlock();
        b.add(new Insn.Return(emit(b, new Insn.Const(f.newValue(JType.STRING), packBytes(bytes)))));
        return f;
    }

    /**
     * Bytes as the chars of a string: the length in the first two chars (high 16 bits, then low), then two
     * bytes per char, the first in the low half, the last char's high half 0 for an odd length. A string
     * literal's chars are stored as UTF-16LE in the module's data, so the data holds the bytes in order.
     * runtime-lib's {@code JdkFiles.unpack} reverses this.
     */
    static String packBytes(byte[] bytes) {
        char[] chars = new char[2 + (bytes.length + 1) / 2];
        chars[0] = (char) (bytes.length >>> 16);
        chars[1] = (char) bytes.length;
        for (int i = 0; i < bytes.length; i++) {
            chars[2 + i / 2] |= (char) ((bytes[i] & 0xff) << (i % 2 * 8));
        }
        return new String(chars);
    }

    private static Value emit(Block b, Instruction i) {
        b.add(i);
        return i.result();
    }
}
