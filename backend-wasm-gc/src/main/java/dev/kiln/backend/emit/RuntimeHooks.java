package dev.kiln.backend.emit;

import dev.kiln.ir.Block;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.IrProgram;
import dev.kiln.ir.MethodRef;
import dev.kiln.ir.Phi;
import dev.kiln.ir.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The runtime library's hooks generated code calls (docs/RUNTIME-CONTRACT.md): the startup hooks
 * {@code _start} calls, all {@code public static} methods of {@code dev.kiln.runtime.Startup}, and the
 * stack overflow hook of {@code dev.kiln.runtime.StackTrace}.
 */
public final class RuntimeHooks {
    public static final String STARTUP = "dev.kiln.runtime.Startup";
    /** {@code String[] mainArgs()}: the program arguments, before main. */
    public static final MethodRef MAIN_ARGS = MethodRef.of(STARTUP, "mainArgs", "()[Ljava/lang/String;");
    /** {@code void finish()}: after main returns normally. */
    public static final MethodRef FINISH = MethodRef.of(STARTUP, "finish", "()V");
    /** {@code void uncaught(Throwable)}: when an exception escapes main. */
    public static final MethodRef UNCAUGHT = MethodRef.of(STARTUP, "uncaught", "(Ljava/lang/Throwable;)V");
    /**
     * {@code int program(String)}: in a multi-call module, before the arguments, which of the main classes (given
     * by binary name, separated by commas) the run starts, by its index.
     */
    public static final MethodRef PROGRAM = MethodRef.of(STARTUP, "program", "(Ljava/lang/String;)I");

    /** {@code StackOverflowError overflow()} of {@code dev.kiln.runtime.StackTrace}: the error for a frame beyond the stack limit. */
    public static final MethodRef STACK_OVERFLOW = MethodRef.of("dev.kiln.runtime.StackTrace", "overflow", "()Ljava/lang/StackOverflowError;");

    public static final List<MethodRef> ALL = List.of(PROGRAM, MAIN_ARGS, FINISH, UNCAUGHT, STACK_OVERFLOW);

    /**
     * The startup hooks {@code _start} calls around the program's {@code main}: {@link #PROGRAM} if there are several
     * to choose from, {@link #MAIN_ARGS} only if a {@code main} reads its parameter (otherwise it gets null, which it
     * never sees: decoding the WASI arguments, with its checks and its failures, would be work for nothing), and
     * {@link #FINISH}.
     */
    public static List<MethodRef> startup(IrProgram program) {
        List<MethodRef> hooks = new ArrayList<>();
        if (program.entryPoints().size() > 1) hooks.add(PROGRAM);
        if (program.entryPoints().stream().anyMatch(ref -> readsArguments(program, ref))) hooks.add(MAIN_ARGS);
        hooks.add(FINISH);
        return hooks;
    }

    /** True if the entry point's body uses its {@code String[]} parameter, or the program lacks it to tell. */
    static boolean readsArguments(IrProgram program, MethodRef entryPoint) {
        IrMethod main = program.method(entryPoint);
        return main == null || readsArguments(main);
    }

    /** True if {@code main}'s body uses its {@code String[]} parameter (or has no body to tell). */
    static boolean readsArguments(IrMethod main) {
        if (main.body() == null || main.body().params().isEmpty()) return true;
        Value args = main.body().params().get(0);
        for (Block b : main.body().blocks()) {
            for (Phi p : b.phis()) {
                for (Phi.Input in : p.inputs()) if (in.value() == args) return true;
            }
            for (Instruction i : b.instructions()) if (i.operands().contains(args)) return true;
        }
        return false;
    }

    /** {@code void enter(Object)} and {@code void exit(Object)} of {@code dev.kiln.runtime.Monitors}: what {@code monitorenter} and {@code monitorexit} call. */
    public static final MethodRef MONITOR_ENTER = MethodRef.of("dev.kiln.runtime.Monitors", "enter", "(Ljava/lang/Object;)V");
    public static final MethodRef MONITOR_EXIT = MethodRef.of("dev.kiln.runtime.Monitors", "exit", "(Ljava/lang/Object;)V");

    /**
     * {@code String intern(String)} of {@code dev.kiln.runtime.InternPool}: when the program has it (it uses
     * {@code String.intern()}), {@code _start} enters every string literal into the pool as it creates them,
     * so that interning a computed string returns the equal literal (JLS 3.10.5). Not a root.
     */
    public static final MethodRef INTERN = MethodRef.of("dev.kiln.runtime.InternPool", "intern", "(Ljava/lang/String;)Ljava/lang/String;");

    private RuntimeHooks() {}
}
