package dev.kiln.backend.emit;

import dev.kiln.backend.layout.ClassHierarchy;
import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.SourcePos;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The call sites stack traces can show, numbered as the shadow stack stores them, and their encoding as the
 * byte string runtime-lib's {@code dev.kiln.runtime.FrameTable} decodes (docs/RUNTIME-CONTRACT.md, "Stack
 * traces"). A site is a (method, line) pair; the sites of one method get consecutive numbers, because a
 * method's sites are all numbered while its body is emitted. Only methods with a site are listed: a method
 * whose frame never holds a site is never on the stack when one is read.
 *
 * <p>The encoding is a sequence of unsigned LEB128 numbers:
 * <pre>
 *   strings:  count, then per string its UTF-8 length and bytes
 *   classes:  count, then per class: package + 1 (0: the unnamed package), simple name, file (0: no SourceFile,
 *             1: the name of its top-level class + ".java", else the string + 2), flags (bit 0: in java.base),
 *             superclass + 1 (0: none listed)
 *   methods:  count, then per method: class, name, frame weight, site count, then per site: line + 2 (0: a method the JDK
 *             implements natively, see {@code dev.kiln.runtime.JdkNative}; 1: no line table)
 *   inlined:  count, then per inlined site: method, line + 2, parent (site number * 2, or inlined site index * 2 + 1)
 * </pre>
 * An inlined site is a line of a method whose code the optimizer copied into a caller ({@code InlineSmallMethods}),
 * and its parent the site of that call, in the caller (or in code inlined into it in turn). The shadow stack stores
 * an inlined site as -1 - its index, and the runtime shows its method's frame above its parent's. Methods that only
 * inlined sites name are listed with weight 0 and no sites.
 * Packages, names and files are string indices (a class's binary name is its package, a dot and its simple binary
 * name, {@code Map$Entry}, so the packages' names are written once), superclasses class indices. The classes are those of the listed methods plus
 * every subclass of {@code java.lang.Throwable} with its superclass chain, which the runtime needs to
 * recognise the constructors of the throwable being created.
 */
final class FrameTable {
    /** Packages of the JDK's {@code java.base} module, and Kiln's own runtime, which is compiled into it. */
    private static final List<String> JAVA_BASE_PREFIXES = List.of("java.", "jdk.", "sun.", "dev.kiln.runtime.");

    private record Method(IrMethod method, int weight, Map<Integer, Integer> siteByLine, List<Integer> lines) {}

    private final ClassHierarchy hierarchy;
    private final List<Method> methods = new ArrayList<>();
    private final Set<IrMethod> listed = new HashSet<>();
    private Method current;
    private int siteCount;
    private record Inlined(IrMethod method, int line, int parent) {}
    private final Map<Inlined, Integer> inlinedIndex = new HashMap<>();
    private final List<Inlined> inlined = new ArrayList<>();

    FrameTable(ClassHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    /**
     * The number of the site at {@code line} ({@link SourcePos#NATIVE_METHOD}: in a JDK native, else negative: unknown) of {@code method}, whose frame has
     * {@code weight} stack units; a method's sites must be requested one method at a time.
     */
    int site(IrMethod method, int weight, int line) {
        if (current == null || current.method() != method) {
            if (!listed.add(method)) throw new IllegalStateException("the sites of " + method + " are not contiguous");
            current = new Method(method, weight, new HashMap<>(), new ArrayList<>());
            methods.add(current);
        }
        int key = lineKey(line);
        Integer site = current.siteByLine().get(key);
        if (site == null) {
            site = siteCount++;
            current.siteByLine().put(key, site);
            current.lines().add(key);
        }
        return site;
    }

    /**
     * The number the shadow stack stores for {@code line} of {@code method}, code inlined at the site {@code parent}
     * (a site number, or what an earlier call returned): -1 - the inlined site's index.
     */
    int inlinedSite(IrMethod method, int line, int parent) {
        Inlined key = new Inlined(method, lineKey(line), parent);
        Integer index = inlinedIndex.get(key);
        if (index == null) {
            index = inlined.size();
            inlinedIndex.put(key, index);
            inlined.add(key);
        }
        return -1 - index;
    }

    /** The line as the table writes it: a JDK native's marker, a line, or -1 for every unknown line. */
    private static int lineKey(int line) {
        return line == SourcePos.NATIVE_METHOD ? line : Math.max(line, -1);
    }

    /** True if the class is one of the JDK's {@code java.base} or Kiln's runtime (by package). */
    static boolean isJavaBase(String className) {
        return JAVA_BASE_PREFIXES.stream().anyMatch(className::startsWith);
    }

    byte[] encode() {
        Map<String, Integer> strings = new LinkedHashMap<>();
        Map<String, Integer> classes = new LinkedHashMap<>();
        Map<IrMethod, Integer> methodIndex = new HashMap<>();
        for (Method m : methods) methodIndex.put(m.method(), methodIndex.size());
        List<Method> listed = new ArrayList<>(methods);
        for (Inlined s : inlined) {
            if (methodIndex.putIfAbsent(s.method(), methodIndex.size()) == null) {
                listed.add(new Method(s.method(), 0, Map.of(), List.of()));
            }
        }
        for (Method m : listed) listClass(m.method().owner(), classes);
        for (IrClass c : hierarchy.classes()) {
            if (isThrowable(c)) listClass(c.name(), classes);
        }
        ByteArrayOutputStream rest = new ByteArrayOutputStream();
        writeNumber(rest, classes.size());
        for (String name : classes.keySet()) {
            IrClass c = hierarchy.clazz(name);
            int dot = name.lastIndexOf('.');
            writeNumber(rest, dot < 0 ? 0 : string(name.substring(0, dot), strings) + 1);
            writeNumber(rest, string(name.substring(dot + 1), strings));
            String file = c == null ? null : c.sourceFile();
            writeNumber(rest, file == null ? 0 : file.equals(derivedSourceFile(name)) ? 1 : string(file, strings) + 2);
            writeNumber(rest, isJavaBase(name) ? 1 : 0);
            Integer sup = c == null || c.superName() == null ? null : classes.get(c.superName());
            writeNumber(rest, sup == null ? 0 : sup + 1);
        }
        writeNumber(rest, listed.size());
        for (Method m : listed) {
            writeNumber(rest, classes.get(m.method().owner()));
            writeNumber(rest, string(m.method().name(), strings));
            writeNumber(rest, m.weight());
            writeNumber(rest, m.lines().size());
            for (int line : m.lines()) writeNumber(rest, line + 2);
        }
        writeNumber(rest, inlined.size());
        for (Inlined s : inlined) {
            writeNumber(rest, methodIndex.get(s.method()));
            writeNumber(rest, s.line() + 2);
            writeNumber(rest, s.parent() >= 0 ? s.parent() * 2 : (-1 - s.parent()) * 2 + 1);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeNumber(out, strings.size());
        for (String s : strings.keySet()) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            writeNumber(out, utf8.length);
            out.writeBytes(utf8);
        }
        out.writeBytes(rest.toByteArray());
        return out.toByteArray();
    }

    /**
     * The source file javac gives a class of this binary name: its top-level class's simple name and {@code .java}
     * ({@code java.util.Map$Entry}: {@code Map.java}), as the runtime's {@code FrameTable} derives it.
     */
    static String derivedSourceFile(String className) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        int nested = simple.indexOf('$');
        return (nested < 0 ? simple : simple.substring(0, nested)) + ".java";
    }

    private boolean isThrowable(IrClass c) {
        for (IrClass s : hierarchy.program().superChain(c.name())) {
            if (s.name().equals(ClassHierarchy.THROWABLE)) return true;
        }
        return false;
    }

    /** Lists a class after its superclass chain, so that a superclass always has a smaller index. */
    private void listClass(String name, Map<String, Integer> classes) {
        if (classes.containsKey(name)) return;
        IrClass c = hierarchy.clazz(name);
        if (c != null && c.superName() != null && !c.isInterface()) listClass(c.superName(), classes);
        classes.put(name, classes.size());
    }

    private static int string(String s, Map<String, Integer> strings) {
        return strings.computeIfAbsent(s, k -> strings.size());
    }

    private static void writeNumber(ByteArrayOutputStream out, int value) {
        int v = value;
        while ((v & ~0x7f) != 0) {
            out.write((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }
}
