package dev.kiln.wasm.text;

import dev.kiln.wasm.model.DataSegment;
import dev.kiln.wasm.model.Export;
import dev.kiln.wasm.model.Func;
import dev.kiln.wasm.model.Global;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Local;
import dev.kiln.wasm.model.Memory;
import dev.kiln.wasm.model.Module;
import dev.kiln.wasm.model.Op;
import dev.kiln.wasm.model.Tag;
import dev.kiln.wasm.model.TypeDef;
import java.util.List;
import java.util.function.Function;

/**
 * Prints a {@link Module} in the WebAssembly text format, for golden tests and for people reading what
 * the backend produced. Instructions are printed linearly (not folded), one per line and indented by
 * block nesting, so the listing matches the binary instruction for instruction. Everything is referred to
 * by {@code $id}s derived from the model's names (see {@link WatNames}); branch labels are relative depths
 * as in the model. The output is meant to be accepted by standard tools (e.g. {@code wasm-tools parse})
 * with the GC, function-references, exception-handling (exnref) and tail-call features.
 *
 * <p>The printer does not validate: a broken body is printed as it is (indentation never goes below the
 * function's own), which is what one wants when debugging the {@code BinaryWriter}'s complaint about it.
 */
public final class WatPrinter {
    private static final String INDENT = "  ";

    private final Module module;
    private final Function<Func, String> comment;
    private final WatNames names;
    private final TypeText types;
    private final InstrText instrs;
    private final StringBuilder out = new StringBuilder();

    private WatPrinter(Module module, Function<Func, String> comment) {
        this.module = module;
        this.comment = comment;
        this.names = new WatNames(module);
        this.types = new TypeText(names);
        this.instrs = new InstrText(names, types);
    }

    /** The module's text. */
    public static String print(Module module) {
        return print(module, f -> null);
    }

    /**
     * The module's text, with {@code comment.apply(f)} (when not null) printed as {@code ;;; comment} lines
     * before each function {@code f}; the backend passes the Java signature, so a reviewer sees Java and
     * Wasm side by side. A multi-line comment gets {@code ;;; } before each line.
     */
    public static String print(Module module, Function<Func, String> comment) {
        return new WatPrinter(module, comment).printModule();
    }

    private String printModule() {
        out.append("(module");
        if (module.name() != null) out.append(' ').append(names.id(module));
        out.append('\n');
        for (List<TypeDef> group : module.recGroups()) {
            if (group.size() == 1) {
                line(1, types.typeDef(group.get(0)));
                continue;
            }
            line(1, "(rec");
            for (TypeDef t : group) line(2, types.typeDef(t));
            line(1, ")");
        }
        List<Func> funcs = module.functionsInIndexOrder();
        for (Func f : funcs) {
            if (!f.isImport()) continue;
            comment(f);
            line(1, "(import " + string(f.importModule()) + " " + string(f.importName()) + " (func " + names.id(f)
                + " (type " + names.id(f.type()) + ")" + types.signature(f.type().func()) + "))");
        }
        Memory memory = module.memory();
        if (memory != null) {
            line(1, "(memory " + names.id(memory) + " " + memory.minPages() + (memory.maxPages() < 0 ? "" : " " + memory.maxPages()) + ")");
        }
        for (Tag t : module.tags()) {
            line(1, "(tag " + names.id(t) + " (type " + names.id(t.type()) + ")" + types.signature(t.type().func()) + ")");
        }
        for (Global g : module.globals()) {
            String type = g.mutable() ? "(mut " + types.valType(g.type()) + ")" : types.valType(g.type());
            StringBuilder init = new StringBuilder();
            for (Instr i : g.init()) init.append(' ').append(instrs.text(i, null));
            line(1, "(global " + names.id(g) + " " + type + init + ")");
        }
        for (Export e : module.exports()) line(1, "(export " + string(e.name()) + " (" + exportKind(e.item()) + " " + names.id(e.item()) + "))");
        if (module.start() != null) line(1, "(start " + names.id(module.start()) + ")");
        List<Func> declared = module.refFuncTargetsInBodies();
        if (!declared.isEmpty()) {
            StringBuilder elem = new StringBuilder("(elem declare func");
            for (Func f : declared) elem.append(' ').append(names.id(f));
            line(1, elem.append(')').toString());
        }
        for (Func f : funcs) if (!f.isImport()) function(f);
        for (DataSegment d : module.data()) {
            String offset = d.isPassive() ? "" : " (i32.const " + d.offset() + ")";
            line(1, "(data " + names.id(d) + offset + " " + string(d.bytes()) + ")");
        }
        out.append(")\n");
        return out.toString();
    }

    private void function(Func f) {
        comment(f);
        StringBuilder head = new StringBuilder("(func ").append(names.id(f)).append(" (type ").append(names.id(f.type())).append(')');
        List<Local> locals = f.locals();
        for (int k = 0; k < f.paramCount(); k++) {
            head.append(" (param ").append(names.local(f, locals.get(k))).append(' ').append(types.valType(locals.get(k).type())).append(')');
        }
        head.append(types.group("result", f.type().func().results()));
        line(1, head.toString());
        for (Local l : locals.subList(f.paramCount(), locals.size())) {
            line(2, "(local " + names.local(f, l) + " " + types.valType(l.type()) + ")");
        }
        int depth = 2;
        for (Instr i : f.body()) {
            boolean closes = i.op == Op.END || i.op == Op.ELSE;
            if (closes && depth > 2) depth--;
            line(depth, instrs.text(i, f));
            if (i.op.opensBlock() || i.op == Op.ELSE) depth++;
        }
        line(1, ")");
    }

    private void comment(Func f) {
        String text = comment.apply(f);
        if (text == null) return;
        for (String l : text.split("\n", -1)) line(1, ";;; " + l);
    }

    private static String exportKind(Object item) {
        if (item instanceof Func) return "func";
        if (item instanceof Memory) return "memory";
        if (item instanceof Global) return "global";
        return "tag";
    }

    private void line(int depth, String text) {
        out.append(INDENT.repeat(depth)).append(text).append('\n');
    }

    private static String string(String s) {
        return string(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A string literal: printable ASCII as is, everything else (and {@code "} and {@code \}) as {@code \hh}. */
    private static String string(byte[] bytes) {
        StringBuilder sb = new StringBuilder("\"");
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                sb.append((char) c);
            } else {
                sb.append('\\').append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
            }
        }
        return sb.append('"').toString();
    }
}
