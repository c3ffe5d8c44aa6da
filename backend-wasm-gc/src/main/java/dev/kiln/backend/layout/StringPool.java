package dev.kiln.backend.layout;

import dev.kiln.wasm.model.BlockType;
import dev.kiln.wasm.model.DataSegment;
import dev.kiln.wasm.model.Func;
import dev.kiln.wasm.model.Global;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Local;
import dev.kiln.wasm.model.Module;
import dev.kiln.wasm.model.NumType;
import dev.kiln.wasm.model.Op;
import dev.kiln.wasm.model.RefType;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * String literals: one global per distinct literal, so the same literal is always the same object (JLS
 * 3.10.5). The chars of literals within Latin-1 sit in the Latin-1 segment below, one byte a char; those of
 * the others in a passive data segment of UTF-16LE, as char[] stores them;
 * the start function creates every literal up front ({@code array.new_data}), so a use is a plain
 * {@code global.get}. When the program can intern strings, each new literal goes through the intern pool's
 * {@code intern} on its way to its global, so the pool holds every literal before any other string and
 * {@code intern()} of an equal computed string returns the literal, as on the JVM. {@code array.new_data} is not a constant instruction, which is why the globals are
 * mutable and filled at start rather than in their initializers. One function builds a literal from its
 * offset and length in the segment, so each literal costs the start function a call, not an allocation
 * sequence.
 *
 * <p><em>Texts</em> are strings only needed on cold paths, such as the messages of NullPointerExceptions,
 * of which a program has hundreds and uses few. They get no global: the code that needs one builds a new
 * String each time it runs. Those within Latin-1 (all of them, unless a name is not) take one byte per
 * char in a segment of their own, widened by {@code kiln.latin1_text}; the others come first in the
 * literals' segment. Either way their offsets are final as soon as they are asked for.
 */
public final class StringPool {
    private final TypeLayout types;
    private final FuncTypes funcTypes;
    private final Map<String, Global> literals = new LinkedHashMap<>();
    private final Map<String, Integer> wideTexts = new LinkedHashMap<>();
    private final Map<String, Integer> latin1Texts = new LinkedHashMap<>();
    private int wideChars;
    /** The longest overlap with the segment's end that is looked for: the search is quadratic in it. */
    private static final int MAX_OVERLAP = 48;
    /**
     * How far back from the segment's end a text is looked for: related texts are asked for together (the names of
     * one package's classes, the messages of one method's checks), and searching the whole segment cost LibraryTour's
     * 7,000 texts about a second.
     */
    private static final int SEARCHED = 8192;
    /** The Latin-1 segment's text so far; texts share its characters where they can ({@link #placeLatin1}). */
    private final StringBuilder latin1Segment = new StringBuilder();
    private Func builder;
    private Func latin1Builder;
    private boolean added;

    public StringPool(TypeLayout types, FuncTypes funcTypes) {
        this.types = types;
        this.funcTypes = funcTypes;
    }

    /** The global holding the literal's String object. */
    public Global literal(String value) {
        return literals.computeIfAbsent(value, v -> {
            RefType t = RefType.nullable(types.struct(ClassHierarchy.STRING));
            return new Global("string#" + literals.size(), t, true, List.of(Instr.refNull(t.heap())));
        });
    }

    /** Code that pushes a new String equal to {@code value}, built from a segment each time it runs. */
    public List<Instr> newText(String value) {
        if (added) throw new IllegalStateException("text requested after the string segments were written: " + value);
        boolean latin1 = value.chars().allMatch(c -> c <= 0xff);
        Integer offset = latin1 ? latin1Texts.get(value) : wideTexts.get(value);
        if (offset == null && latin1) {
            offset = placeLatin1(value);
        } else if (offset == null) {
            offset = 2 * wideChars;
            wideTexts.put(value, offset);
            wideChars += value.length();
        }
        Func build = latin1 ? latin1Builder() : builder();
        return List.of(Instr.i32Const(offset), Instr.i32Const(value.length()), Instr.call(build));
    }

    /**
     * The offset of {@code value}, which must be within Latin-1, in the Latin-1 segment, for code that passes it
     * on to {@link #latin1TextFunction()} itself.
     */
    public int latin1Offset(String value) {
        if (added) throw new IllegalStateException("text requested after the string segments were written: " + value);
        if (!isLatin1(value)) throw new IllegalArgumentException("not within Latin-1: " + value);
        Integer offset = latin1Texts.get(value);
        if (offset == null) offset = placeLatin1(value);
        latin1Builder();
        return offset;
    }

    /** {@code kiln.latin1_text}: {@code (offset, length) -> (ref $java.lang.String)} from the Latin-1 segment. */
    public Func latin1TextFunction() {
        return latin1Builder();
    }

    /**
     * {@code (offset, length) -> (ref $java.lang.String)} from the UTF-16 segment; its body is written, and
     * it is added to the module, with the segment.
     */
    private Func builder() {
        if (builder == null) builder = stringFunction("kiln.string_literal");
        return builder;
    }

    /** The same from the Latin-1 segment. */
    private Func latin1Builder() {
        if (latin1Builder == null) latin1Builder = stringFunction("kiln.latin1_text");
        return latin1Builder;
    }

    private Func stringFunction(String name) {
        RefType string = RefType.nonNull(types.struct(ClassHierarchy.STRING));
        return Func.defined(name, funcTypes.of(List.of(NumType.I32, NumType.I32), List.of(string)), List.of("offset", "length"));
    }

    /**
     * Adds the literal globals, the segments and the functions that read them to the module, and returns
     * the code that creates every literal, for the start function, passing each through {@code intern}
     * ({@code String -> String}) unless that is null. No text can be asked for afterwards.
     */
    public List<Instr> addTo(Module module, ClassGlobals classGlobals, Func intern) {
        // Literals within Latin-1 join the Latin-1 texts (one byte a char); the others take two.
        Map<String, Integer> latin1Literals = new LinkedHashMap<>();
        for (String s : literals.keySet()) {
            if (!isLatin1(s) || s.isEmpty()) continue;
            Integer at = latin1Texts.get(s);
            if (at == null) at = placeLatin1(s);
            latin1Literals.put(s, at);
        }
        if (!latin1Literals.isEmpty()) latin1Builder();
        added = true;
        if (latin1Builder != null) defineLatin1Builder(module, classGlobals);
        if (literals.isEmpty() && wideTexts.isEmpty()) return List.of();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String s : wideTexts.keySet()) writeChars(bytes, s);
        Map<String, Integer> wideLiterals = new LinkedHashMap<>();
        int offset = 2 * wideChars;
        for (String s : literals.keySet()) {
            if (latin1Literals.containsKey(s)) continue;
            writeChars(bytes, s);
            wideLiterals.put(s, offset);
            offset += 2 * s.length();
        }
        if (bytes.size() > 0 || !wideLiterals.isEmpty()) {
            DataSegment segment = module.addData(new DataSegment("string literals", bytes.toByteArray(), null));
            Func create = module.addFunction(builder());
            create.body().addAll(classGlobals.newString(List.of(Instr.localGet(create.param(0)), Instr.localGet(create.param(1)),
                    Instr.arrayNewData(types.rawArray(ArrayKind.CHAR), segment))));
        }
        List<Instr> code = new ArrayList<>();
        for (Map.Entry<String, Global> e : literals.entrySet()) {
            module.addGlobal(e.getValue());
            boolean latin1 = latin1Literals.containsKey(e.getKey());
            code.add(Instr.i32Const(latin1 ? latin1Literals.get(e.getKey()) : wideLiterals.get(e.getKey())));
            code.add(Instr.i32Const(e.getKey().length()));
            code.add(Instr.call(latin1 ? latin1Builder : builder()));
            if (intern != null) code.add(Instr.call(intern));
            code.add(Instr.globalSet(e.getValue()));
        }
        return code;
    }

    /**
     * Where Latin-1 text {@code value} goes in its segment: within the text of its last {@link #SEARCHED} characters
     * if they hold it ({@code java.util.HashMap} in {@code java.util.HashMap$Node}, an NPE message's {@code
     * "this.next"} in another's), else at its end, overlapping what the segment ends with if that begins {@code value}.
     */
    private int placeLatin1(String value) {
        int at = latin1Segment.indexOf(value, Math.max(0, latin1Segment.length() - SEARCHED));
        if (at < 0) {
            int overlap = Math.min(Math.min(value.length() - 1, latin1Segment.length()), MAX_OVERLAP);
            while (overlap > 0 && !latin1Segment.substring(latin1Segment.length() - overlap).equals(value.substring(0, overlap))) overlap--;
            at = latin1Segment.length() - overlap;
            latin1Segment.append(value, overlap, value.length());
        }
        latin1Texts.put(value, at);
        return at;
    }

    public static boolean isLatin1(String s) {
        return s.chars().allMatch(c -> c <= 0xff);
    }

    /** The bytes as a byte[]'s raw array, then widened one by one into a new char array. */
    private void defineLatin1Builder(Module module, ClassGlobals classGlobals) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int k = 0; k < latin1Segment.length(); k++) bytes.write(latin1Segment.charAt(k));
        DataSegment segment = module.addData(new DataSegment("latin-1 texts", bytes.toByteArray(), null));
        Func f = module.addFunction(latin1Builder);
        Local narrow = f.addLocal("bytes", RefType.nullable(types.rawArray(ArrayKind.BYTE)));
        Local wide = f.addLocal("chars", RefType.nullable(types.rawArray(ArrayKind.CHAR)));
        Local i = f.addLocal("i", NumType.I32);
        List<Instr> b = f.body();
        b.add(Instr.localGet(f.param(0)));
        b.add(Instr.localGet(f.param(1)));
        b.add(Instr.arrayNewData(types.rawArray(ArrayKind.BYTE), segment));
        b.add(Instr.localSet(narrow));
        b.add(Instr.localGet(f.param(1)));
        b.add(Instr.arrayNewDefault(types.rawArray(ArrayKind.CHAR)));
        b.add(Instr.localSet(wide));
        b.add(Instr.block(BlockType.EMPTY));
        b.add(Instr.loop(BlockType.EMPTY));
        b.add(Instr.localGet(i));
        b.add(Instr.localGet(f.param(1)));
        b.add(Instr.simple(Op.I32_GE_U));
        b.add(Instr.brIf(1));
        b.add(Instr.localGet(wide));
        b.add(Instr.localGet(i));
        b.add(Instr.localGet(narrow));
        b.add(Instr.localGet(i));
        b.add(Instr.arrayGetU(types.rawArray(ArrayKind.BYTE)));
        b.add(Instr.arraySet(types.rawArray(ArrayKind.CHAR)));
        b.add(Instr.localGet(i));
        b.add(Instr.i32Const(1));
        b.add(Instr.simple(Op.I32_ADD));
        b.add(Instr.localSet(i));
        b.add(Instr.br(0));
        b.add(Instr.end());
        b.add(Instr.end());
        b.addAll(classGlobals.newString(List.of(Instr.localGet(wide), Instr.simple(Op.REF_AS_NON_NULL))));
    }

    private static void writeChars(ByteArrayOutputStream bytes, String s) {
        for (char c : s.toCharArray()) {
            bytes.write(c & 0xff);
            bytes.write(c >>> 8);
        }
    }
}
