package dev.kiln.backend.emit;

import dev.kiln.backend.LinearMemory;
import dev.kiln.backend.layout.ArrayKind;
import dev.kiln.backend.layout.Instances;
import dev.kiln.backend.layout.ProgramLayout;
import dev.kiln.ir.Block;
import dev.kiln.ir.CompileError;
import dev.kiln.ir.Diagnostic;
import dev.kiln.ir.HiddenFrames;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.SourcePos;
import dev.kiln.ir.JType;
import dev.kiln.wasm.model.BlockType;
import dev.kiln.wasm.model.DataSegment;
import dev.kiln.wasm.model.Func;
import dev.kiln.wasm.model.Global;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Local;
import dev.kiln.wasm.model.Module;
import dev.kiln.wasm.model.NumType;
import dev.kiln.wasm.model.Op;
import dev.kiln.wasm.model.Tag;
import dev.kiln.wasm.model.TypeDef;
import dev.kiln.wasm.model.ValType;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shadow stack that gives Java exceptions their stack traces and turns deep recursion into a catchable
 * StackOverflowError (docs/RUNTIME-CONTRACT.md, "Stack traces"). Wasm code cannot walk its own stack, so
 * generated code keeps a copy of what a trace needs: {@code i32} slots in linear memory ({@link LinearMemory}),
 * from {@link #BASE} up to {@link #END}, and a global {@code top}, a byte address.
 * A method's frame is {@code weight} slots starting at {@code top} when it was entered (its frame pointer);
 * before each call that may capture a trace, the method stores the call site's number (a (method, line)
 * pair of the {@link FrameTable}) in the first slot (an {@code i32.store} at the frame pointer: 8 bytes of
 * code, where an {@code array.set} into a GC array took 11). Reading the slots from the first upwards, a
 * site's method gives its weight and so where the next frame starts; the runtime counts in slots, from 0
 * ({@code kiln.stack_top}, {@code kiln.stack_slot}), and only the generated code knows the addresses.
 *
 * <p>The weight estimates the engine's own frame in 8-byte units (a fixed part plus one per Wasm local),
 * so that {@code top} tracks the real stack depth: a frame checks {@code top} against a limit on
 * entry and throws StackOverflowError (made by the runtime's {@code StackTrace.overflow()}) before the
 * engine's stack runs out. While that error is built, the limit is raised by a reserve. A program whose calls
 * cannot recurse has no {@code overflow()} (the type flow drops it) and its frames check nothing; in one that can,
 * only the frames of methods on a cycle of calls check ({@link #checksLimit(IrMethod)}).
 *
 * <p>A frame is popped by restoring {@code top} before each {@code return}; an exception leaving a function
 * skips that, so each landing pad restores {@code top} to its own frame's end instead. A method that
 * rarely makes such calls pushes its frame only where it makes them ({@link Frame.Mode#DEFERRED}).
 * Methods that can never be on the stack during a capture ({@link QuietMethods}) push no frame, and
 * neither do those the JVM would not show: Kiln's own runtime ({@code dev.kiln.runtime.*}) and the
 * classes the frontend makes for invokedynamic call sites.
 */
final class ShadowStack {
    /** The slots below the limit: 1 MiB of estimated engine stack, half of what Wasmtime gets. */
    static final int LIMIT = 1 << 17;
    /** Slots beyond the limit for building the StackOverflowError. */
    static final int RESERVE = 1 << 14;
    /** Bytes per slot, as a shift: a slot index times 4 is its offset. */
    private static final int SLOT_SHIFT = 2;
    static final int SLOT_BYTES = 1 << SLOT_SHIFT;
    /** The address of slot 0 ({@link LinearMemory}: page 0 is the runtime's scratch area for host calls). */
    static final int BASE = LinearMemory.SHADOW_STACK_BASE;
    /** The end of the slots: the runtime's overflow area for host data starts there. */
    static final int END = BASE + (LIMIT + RESERVE) * SLOT_BYTES;

    static {
        if (END != LinearMemory.SHADOW_STACK_END) throw new AssertionError("the shadow stack does not fit LinearMemory's pages");
    }
    /** The estimated frame of a function without locals: return address, saved frame pointer, spills. */
    private static final int FRAME_BASE_WEIGHT = 4;

    private final Module module;
    private final ProgramLayout layout;
    private final Tag exceptionTag;
    private final FrameTable table;
    private final Global top;
    private final Global limit;
    /** False if the program cannot overflow the stack (the type flow then drops the StackOverflowError's factory). */
    private final boolean checksLimit;
    private QuietMethods quiet;
    private Boolean inUse;
    private Func overflow;
    private Func enter;
    private Func slotReader;
    private Func tableReader;

    ShadowStack(Module module, ProgramLayout layout, Tag exceptionTag) {
        this.module = module;
        this.layout = layout;
        this.exceptionTag = exceptionTag;
        this.table = new FrameTable(layout.hierarchy());
        this.checksLimit = layout.hierarchy().program().method(RuntimeHooks.STACK_OVERFLOW) != null;
        top = module.addGlobal(new Global("kiln.stack_top", NumType.I32, true, List.of(Instr.i32Const(BASE))));
        limit = module.addGlobal(new Global("kiln.stack_limit", NumType.I32, true, List.of(Instr.i32Const(address(LIMIT)))));
    }

    /** The byte address of slot {@code slot}. */
    private static int address(int slot) {
        return BASE + slot * SLOT_BYTES;
    }

    /** The bytes a frame of {@code weight} slots takes. */
    static int bytes(int weight) {
        return weight * SLOT_BYTES;
    }

    /** With a frame pointer and then a site on the Wasm stack: stores the site in the frame's first slot. */
    static Instr storeSite() {
        return Instr.memory(Op.I32_STORE, 0, 2);
    }

    /**
     * The frame of one method's function: none for a quiet method; only a saved {@code top} for a hidden one
     * with a landing pad; deferred if the calls that may capture and then go on ({@link
     * #makesCallThatReturns}) are all in one block outside loops, or all in {@linkplain ColdBlocks cold}
     * code, where pushing the frame at the call costs at most what the prologue would; else eager.
     */
    Frame frame(IrMethod method, Func func, ControlFlow cfg) {
        if (!inUse() || quiet().isQuiet(method)) return new Frame(this, method, func, Frame.Mode.NONE, null, false);
        if (isHidden(method.owner())) {
            Frame.Mode mode = hasLandingPad(method) ? Frame.Mode.SAVED : Frame.Mode.NONE;
            return new Frame(this, method, func, mode, null, false);
        }
        ColdBlocks cold = new ColdBlocks(method.body());
        Set<Block> callers = new HashSet<>();
        for (Block b : cfg.blocks()) {
            if (cold.isCold(b)) continue;
            for (Instruction i : b.instructions()) {
                if (makesCallThatReturns(i)) callers.add(b);
            }
        }
        boolean deferred = callers.isEmpty() || callers.size() == 1 && !cfg.isInLoop(callers.iterator().next());
        Frame.Mode mode = deferred ? Frame.Mode.DEFERRED : Frame.Mode.EAGER;
        return new Frame(this, method, func, mode, cold, !callers.isEmpty());
    }

    /**
     * True if the instruction's code calls something that may capture a stack trace and may then go on: a
     * call that is not quiet, a class initialisation. A failed check, cast or array allocation throws what
     * its call returns ({@link ImplicitExceptions}); any other instruction that may throw is assumed to go
     * on.
     */
    private boolean makesCallThatReturns(Instruction i) {
        if (i instanceof Insn.Invoke invoke) {
            IrMethod target = Calls.directTarget(layout, invoke);
            return target == null || recordsCallsTo(target);
        }
        if (i instanceof Insn.Terminator || i instanceof Insn.New || i instanceof Insn.CheckCast
                || i instanceof Insn.NewArray || i instanceof Insn.NewMultiArray || i instanceof Insn.NullCheck
                || i instanceof Insn.BoundsCheck || i instanceof Insn.ZeroCheck || i instanceof Insn.StoreCheck) {
            return false;
        }
        return StackPlan.throwsJavaException(i);
    }

    /**
     * True for classes whose frames the JVM would not show: Kiln's own runtime and the synthetic classes
     * standing for what the JVM spins at invokedynamic call sites (lambda proxies and the like).
     */
    private boolean isHidden(String className) {
        return HiddenFrames.isHidden(layout.hierarchy().program(), className);
    }

    /** True if a call to {@code callee} must record its call site: it may be on the stack during a capture. */
    boolean recordsCallsTo(IrMethod callee) {
        return callee.nativeBinding() == null && !quiet().isQuiet(callee);
    }

    /** True for the intrinsics that read the shadow stack: a method that calls one is never quiet. */
    static boolean readsStack(IrMethod m) {
        String name = Intrinsics.nameOf(m);
        return "kiln.stack_top".equals(name) || "kiln.stack_slot".equals(name);
    }

    /**
     * False if nothing reads the shadow stack (no code captures a stack trace: the type flow found no throwable is
     * ever created) and no frame checks the limit: then no method keeps a frame.
     */
    private boolean inUse() {
        if (inUse == null) {
            inUse = checksLimit || layout.hierarchy().program().classes().stream()
                    .flatMap(c -> c.methods().stream()).anyMatch(ShadowStack::readsStack);
        }
        return inUse;
    }

    private QuietMethods quiet() {
        if (quiet == null) quiet = new QuietMethods(layout, layout.functions().defined().keySet());
        return quiet;
    }

    private static boolean hasLandingPad(IrMethod method) {
        for (Block b : method.body().blocks()) {
            for (Instruction i : b.instructions()) {
                if (StackPlan.isGuarded(i)) return true;
            }
        }
        return false;
    }

    static int weight(Func func) {
        return FRAME_BASE_WEIGHT + func.locals().size();
    }

    /**
     * The number to store for an instruction at {@code pos} in {@code method}'s function: its site, or for code the
     * optimizer inlined, the inlined site of the innermost method whose frame the JVM would show, whose chain of
     * parents leads out to the site of {@code method} ({@link FrameTable#inlinedSite}). Inlined code of hidden classes
     * adds no frame, as their calls would not.
     */
    int site(IrMethod method, int weight, SourcePos pos) {
        if (pos.inlined() == null) return table.site(method, weight, pos.line());
        int parent = site(method, weight, pos.inlined().site());
        IrMethod callee = layout.hierarchy().program().method(pos.inlined().method());
        if (callee == null || isHidden(callee.owner())) return parent;
        return table.inlinedSite(callee, pos.line(), parent);
    }

    Global top() { return top; }
    Global limit() { return limit; }
    boolean checksLimit() { return checksLimit; }

    /**
     * True if {@code method}'s frame checks the limit when pushed: the program can overflow and the method is on a cycle
     * of calls ({@link dev.kiln.ir.IrProgram#stackLimitCheckers}; every method when the program does not say). A chain
     * of calls through methods on no cycle is bounded, light enough to fit in the {@link #RESERVE} after the last
     * check that passed (the optimizer's {@code StackLimitChecks}).
     */
    boolean checksLimit(IrMethod method) {
        if (!checksLimit) return false;
        Set<dev.kiln.ir.MethodRef> checkers = layout.hierarchy().program().stackLimitCheckers();
        return checkers == null || checkers.contains(method.ref());
    }

    /**
     * For a generated function without a frame that catches the exception tag: remembers {@code top} in
     * {@code saved}, before the calls whose exceptions it catches.
     */
    List<Instr> saveTop(Local saved) {
        return List.of(Instr.globalGet(top), Instr.localSet(saved));
    }

    /** In that function's landing pad, before it calls anything: {@code top} back to the value saved. */
    List<Instr> restoreTop(Local saved) {
        return List.of(Instr.localGet(saved), Instr.globalSet(top));
    }

    /** The code {@code _start} runs before reporting an uncaught exception: an empty stack. */
    List<Instr> reset() {
        return List.of(Instr.i32Const(BASE), Instr.globalSet(top));
    }

    /**
     * {@code () -> ()}, called by a prologue whose frame would start at the limit: throws the runtime's new
     * StackOverflowError, built with the limit raised by the reserve (traps if it overflows even that).
     */
    Func overflowFunction() {
        if (overflow != null) return overflow;
        IrMethod hook = layout.hierarchy().program().method(RuntimeHooks.STACK_OVERFLOW);
        Func make = hook == null || !hook.isStatic() ? null : layout.functions().direct(hook);
        if (make == null) {
            throw new CompileError(Diagnostic.error(
                    "the program has no static method " + RuntimeHooks.STACK_OVERFLOW + " with a body"));
        }
        overflow = define("kiln.stack_overflow", List.of(), List.of(), List.of());
        List<Instr> b = overflow.body();
        b.add(Instr.globalGet(limit));
        b.add(Instr.i32Const(address(LIMIT)));
        b.add(Instr.simple(Op.I32_NE));
        b.add(Instr.if_(BlockType.EMPTY));
        b.add(Instr.simple(Op.UNREACHABLE));
        b.add(Instr.end());
        b.add(Instr.i32Const(address(LIMIT + RESERVE)));
        b.add(Instr.globalSet(limit));
        b.add(Instr.call(make));
        b.add(Instr.i32Const(address(LIMIT)));
        b.add(Instr.globalSet(limit));
        b.add(Instr.simple(Op.REF_AS_NON_NULL));
        b.add(Instr.throw_(exceptionTag));
        return overflow;
    }

    /**
     * {@code (i32 frame, i32 weight, i32 site) -> ()}: pushes the frame at {@code frame} ({@code weight} slots) after
     * checking the limit and stores {@code site} in it, for call sites in cold code ({@link Frame#failureSite}). The
     * weight is in slots, not bytes: a small number is a shorter constant at each of the many calls.
     */
    Func enterFunction() {
        if (enter != null) return enter;
        enter = define("kiln.enter_frame", List.of(NumType.I32, NumType.I32, NumType.I32), List.of(),
                List.of("frame", "weight", "site"));
        Local frame = enter.param(0);
        List<Instr> b = enter.body();
        if (checksLimit) {
            b.add(Instr.localGet(frame));
            b.add(Instr.globalGet(limit));
            b.add(Instr.simple(Op.I32_GE_U));
            b.add(Instr.if_(BlockType.EMPTY));
            b.add(Instr.call(overflowFunction()));
            b.add(Instr.end());
        }
        b.add(Instr.localGet(frame));
        b.add(Instr.localGet(enter.param(1)));
        b.add(Instr.i32Const(SLOT_SHIFT));
        b.add(Instr.simple(Op.I32_SHL));
        b.add(Instr.simple(Op.I32_ADD));
        b.add(Instr.globalSet(top));
        b.add(Instr.localGet(frame));
        b.add(Instr.localGet(enter.param(2)));
        b.add(storeSite());
        return enter;
    }

    /**
     * The runtime's view of the shadow stack, as intrinsics: {@code kiln.stack_top} {@code () -> int},
     * {@code kiln.stack_slot} {@code (int) -> int} and {@code kiln.frame_table} {@code () -> byte[]} (the
     * {@link FrameTable} encoding). Null for any other name.
     */
    List<Instr> expand(String intrinsic) {
        return switch (intrinsic) {
            // In slots from 0, as the runtime counts: (top - BASE) / SLOT_BYTES.
            case "kiln.stack_top" -> List.of(Instr.globalGet(top), Instr.i32Const(BASE), Instr.simple(Op.I32_SUB),
                    Instr.i32Const(SLOT_SHIFT), Instr.simple(Op.I32_SHR_U));
            case "kiln.stack_slot" -> List.of(Instr.call(slotReader()));
            case "kiln.frame_table" -> List.of(Instr.call(tableReader()));
            default -> null;
        };
    }

    private Func slotReader() {
        if (slotReader != null) return slotReader;
        slotReader = define("kiln.stack_slot", List.of(NumType.I32), List.of(NumType.I32), List.of("index"));
        slotReader.body().add(Instr.localGet(slotReader.param(0)));
        slotReader.body().add(Instr.i32Const(SLOT_SHIFT));
        slotReader.body().add(Instr.simple(Op.I32_SHL));
        slotReader.body().add(Instr.memory(Op.I32_LOAD, BASE, 2));
        return slotReader;
    }

    /** The function returning the frame table as a new byte[]; its body is written by {@link #finish}. */
    private Func tableReader() {
        if (tableReader == null) {
            ValType bytes = layout.types().valType(JType.array(JType.BYTE));
            tableReader = define("kiln.frame_table", List.of(), List.of(bytes), List.of());
        }
        return tableReader;
    }

    private Func define(String name, List<ValType> params, List<ValType> results, List<String> paramNames) {
        return module.addFunction(Func.defined(name, layout.funcTypes().of(params, results), paramNames));
    }

    /** Once every function is emitted: the frame table's data segment, if the runtime reads it. */
    void finish() {
        if (tableReader == null) return;
        byte[] encoded = table.encode();
        DataSegment data = module.addData(new DataSegment("frame table", encoded, null));
        TypeDef struct = layout.types().arrayStruct(ArrayKind.BYTE);
        List<Instr> array = List.of(Instr.i32Const(0), Instr.i32Const(encoded.length),
                Instr.arrayNewData(layout.types().rawArray(ArrayKind.BYTE), data));
        Global vtable = layout.classGlobals().vtable(JType.array(JType.BYTE));
        int dataField = layout.types().arrayDataField(ArrayKind.BYTE);
        tableReader.body().addAll(Instances.create(struct, vtable, Map.of(dataField, array)));
    }
}
