package dev.kiln.backend.emit;

import dev.kiln.ir.MethodRef;
import java.util.List;

/**
 * The runtime library's startup hooks the generated {@code _start} calls (docs/RUNTIME-CONTRACT.md): all
 * {@code public static} methods of {@code dev.kiln.runtime.Startup}.
 */
public final class RuntimeHooks {
    public static final String STARTUP = "dev.kiln.runtime.Startup";
    /** {@code String[] mainArgs()}: the program arguments, before main. */
    public static final MethodRef MAIN_ARGS = MethodRef.of(STARTUP, "mainArgs", "()[Ljava/lang/String;");
    /** {@code void finish()}: after main returns normally. */
    public static final MethodRef FINISH = MethodRef.of(STARTUP, "finish", "()V");
    /** {@code void uncaught(Throwable)}: when an exception escapes main. */
    public static final MethodRef UNCAUGHT = MethodRef.of(STARTUP, "uncaught", "(Ljava/lang/Throwable;)V");

    public static final List<MethodRef> ALL = List.of(MAIN_ARGS, FINISH, UNCAUGHT);

    private RuntimeHooks() {}
}
