package dev.kiln.cli;

import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kiln} command: {@code compile} turns Java classes into a WebAssembly module, {@code run}
 * compiles (unless given a .wasm) and runs it on an engine. Exit status: the program's own status for
 * {@code run}; 2 for compile and usage errors; 3 for an internal compiler error.
 */
@Command(name = "kiln", mixinStandardHelpOptions = true, versionProvider = KilnCli.Version.class,
        description = "Compiles Java bytecode ahead of time into a WebAssembly GC module (WASI preview 1).",
        subcommands = {CompileCommand.class, RunCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Examples:",
                "  kiln compile -o hello.wasm --main dev.kiln.samples.hello.Hello samples/target/classes",
                "  kiln run --main dev.kiln.samples.hello.Hello samples/target/classes -- Kiln",
                "  kiln run --engine node hello.wasm"})
public final class KilnCli implements Runnable {
    static final int EXIT_COMPILE_ERROR = 2;
    static final int EXIT_INTERNAL_ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: compile or run");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the CLI and returns the exit status (tests call this instead of {@link #main}). */
    public static int execute(String... args) {
        // Everything after the first "--" belongs to the program run by "kiln run", never to picocli.
        List<String> all = Arrays.asList(args);
        int dashes = all.indexOf("--");
        List<String> ours = dashes < 0 ? all : all.subList(0, dashes);
        List<String> programArgs = dashes < 0 ? List.of() : all.subList(dashes + 1, all.size());
        CommandLine cl = new CommandLine(new KilnCli(), new Factory(programArgs));
        cl.setExecutionExceptionHandler(new InternalErrorHandler());
        return cl.execute(ours.toArray(new String[0]));
    }

    /** Creates commands, giving {@code run} the program arguments split off above. */
    private record Factory(List<String> programArgs) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == RunCommand.class) return cls.cast(new RunCommand(programArgs));
            return CommandLine.defaultFactory().create(cls);
        }
    }

    /** Reports the version from the jar manifest, or "development". */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = KilnCli.class.getPackage().getImplementationVersion();
            return new String[] {"kiln " + (v == null ? "development build" : v)};
        }
    }
}
