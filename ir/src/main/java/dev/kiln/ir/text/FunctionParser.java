package dev.kiln.ir.text;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.JType;
import dev.kiln.ir.MethodRef;
import dev.kiln.ir.Phi;
import dev.kiln.ir.ResultTypes;
import dev.kiln.ir.SourcePos;
import dev.kiln.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link Function} from its parameter list and body lines.
 *
 * <p>Blocks are created up front from the labels, in text order, so branches may name later blocks.
 * Values may also be used before the line that defines them (phi inputs along back edges, and malformed
 * input the verifier should get to see): a value is created at its first mention with a placeholder type
 * and given its real type by its definition. A name that is used but never defined is a parse error, as
 * is an undefined block; everything else (types, dominance, duplicates) is left to the verifier.
 */
final class FunctionParser {
    /** Where a value was first mentioned, to report it if it never gets a definition. */
    private record Mention(Cursor cursor, int column) {}

    private final Function fn;
    private final Map<Integer, Value> values = new HashMap<>();
    private final Set<Value> defined = new HashSet<>();
    private final Map<Value, Mention> undefined = new LinkedHashMap<>();
    private final Map<Integer, Block> blocks = new HashMap<>();

    private FunctionParser(Function fn) {
        this.fn = fn;
    }

    /** Parses the parameter list and opening brace from {@code header}, then body lines up to the closing brace. */
    static Function parse(MethodRef method, boolean isStatic, Cursor header, SourceLines lines) {
        FunctionParser p = new FunctionParser(new Function(method, isStatic));
        p.params(header);
        header.expect("{");
        header.expectEnd();
        p.body(lines);
        return p.fn;
    }

    private void params(Cursor c) {
        c.expect("(");
        if (c.tryConsume(")")) return;
        do {
            int at = c.position();
            int id = c.valueId();
            c.expect(":");
            JType type = c.type();
            if (values.containsKey(id)) throw c.errorAt(at, "parameter v" + id + " is declared twice");
            Value param = fn.addParam(id, type);
            values.put(id, param);
            defined.add(param);
        } while (c.tryConsume(","));
        c.expect(")");
    }

    private void body(SourceLines lines) {
        List<SourceLines.Line> body = new ArrayList<>();
        for (SourceLines.Line line = lines.next("'}'"); !line.content().equals("}"); line = lines.next("'}'")) {
            body.add(line);
        }
        for (SourceLines.Line line : body) {
            if (isLabel(line)) declareBlock(line);
        }
        Block current = null;
        for (SourceLines.Line line : body) {
            Cursor c = line.cursor();
            if (isLabel(line)) {
                current = blocks.get(c.blockId());
            } else if (current == null) {
                throw c.error("expected a block label such as b0:");
            } else if (c.peek("catch ")) {
                handler(c, current);
            } else {
                statement(c, current);
            }
        }
        for (Map.Entry<Value, Mention> e : undefined.entrySet()) {
            Mention m = e.getValue();
            throw m.cursor().errorAt(m.column(), e.getKey() + " is used but never defined");
        }
    }

    private static boolean isLabel(SourceLines.Line line) {
        return line.content().matches("b\\d+:");
    }

    private void declareBlock(SourceLines.Line line) {
        Cursor c = line.cursor();
        int at = c.position();
        int id = c.blockId();
        if (blocks.containsKey(id)) throw c.errorAt(at, "block b" + id + " is labelled twice");
        blocks.put(id, fn.newBlock(id));
    }

    private void handler(Cursor c, Block current) {
        c.expectWord("catch");
        String type = c.word();
        c.expect("->");
        current.addHandler(type.equals("any") ? null : type, block(c));
        c.expectEnd();
    }

    /** A phi or an instruction line: {@code [vN[: type] =] opcode ...[ @offset[:line]]}. */
    private void statement(Cursor c, Block current) {
        Value result = null;
        JType annotation = null;
        if (c.peekValue()) {
            result = define(c);
            if (c.tryConsume(":")) annotation = c.type();
            c.expect("=");
        }
        int opcodeColumn = c.position();
        String opcode = c.word();
        if (opcode.equals("phi")) {
            if (result == null || annotation != null) throw c.errorAt(opcodeColumn, "a phi is written vN = phi <type> [bM: vK], ...");
            current.addPhi(phi(c, result));
            return;
        }
        Instruction insn = InsnParser.parse(this, c, opcodeColumn, opcode, result);
        if (c.tryConsume("@")) insn.at(position(c));
        c.expectEnd();
        current.add(insn);
        if (result == null || opcode.equals("caught")) {
            if (annotation != null) throw c.errorAt(opcodeColumn, "the type of a caught value is written after 'caught'");
            return;
        }
        JType type = annotation != null ? annotation : ResultTypes.of(insn);
        if (type == null) throw c.errorAt(opcodeColumn, "cannot derive the type of " + result + "; write " + result + ": <type> = ...");
        result.setType(type);
    }

    private Phi phi(Cursor c, Value result) {
        result.setType(c.type());
        Phi phi = new Phi(result);
        if (c.atEnd()) return phi;
        do {
            c.expect("[");
            Block from = block(c);
            c.expect(":");
            phi.addInput(from, use(c));
            c.expect("]");
        } while (c.tryConsume(","));
        c.expectEnd();
        return phi;
    }

    /** After the {@code @}: {@code 12:5}, {@code 12}, or either followed by {@code inlined <method> @<position>}. */
    private static SourcePos position(Cursor c) {
        int offset = c.intLiteral();
        int line = c.tryConsume(":") ? c.intLiteral() : -1;
        if (!c.tryConsume("inlined")) return new SourcePos(offset, line);
        MethodRef method = c.methodRef();
        c.expect("@");
        return new SourcePos(offset, line, new SourcePos.InlinedAt(method, position(c)));
    }

    /** A value being defined; if it was defined before, the same value comes back for the verifier to flag. */
    private Value define(Cursor c) {
        Value v = named(c.valueId());
        defined.add(v);
        undefined.remove(v);
        return v;
    }

    /** A value being used. */
    Value use(Cursor c) {
        int column = c.position();
        Value v = named(c.valueId());
        if (!defined.contains(v)) undefined.putIfAbsent(v, new Mention(c, column));
        return v;
    }

    Block block(Cursor c) {
        int at = c.position();
        int id = c.blockId();
        Block b = blocks.get(id);
        if (b == null) throw c.errorAt(at, "no block b" + id + " in this function");
        return b;
    }

    private Value named(int id) {
        return values.computeIfAbsent(id, k -> fn.newValue(k, JType.INT));
    }
}
