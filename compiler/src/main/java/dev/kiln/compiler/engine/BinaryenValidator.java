package dev.kiln.compiler.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Binaryen's validator ({@code wasm-opt} from its JS build, run on the pinned Node), as a second opinion that
 * shares no code with any engine: a module every engine accepts may still break the spec in a way one engine
 * tolerates. {@code tools/engines/binaryen.mjs} passes exactly the features Kiln's output uses, so a module
 * that needs any other proposal is rejected here before an engine sees it.
 */
public final class BinaryenValidator {
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    /** Throws with Binaryen's message if the module is invalid. */
    public void validate(Path wasm) throws EngineException {
        ProcessRunner.check("binaryen", binaryen("validate", wasm.toAbsolutePath().toString()), TIMEOUT);
    }

    /** Assembles a module from WebAssembly text (tests write their modules this way). */
    public void assemble(Path wat, Path wasm) throws EngineException {
        ProcessRunner.check("binaryen", binaryen("wasm-as", wat.toAbsolutePath().toString(), "-o",
                wasm.toAbsolutePath().toString()), TIMEOUT);
    }

    private static List<String> binaryen(String... args) throws EngineException {
        List<String> command = new ArrayList<>();
        command.add(KilnHome.node().toString());
        command.add(KilnHome.installed("binaryen.mjs").toString());
        command.addAll(List.of(args));
        return command;
    }

    /**
     * One Node process ({@code binaryen.mjs serve}) that validates module after module: a {@code wasm-opt} run
     * spends about 0.8 s starting up whatever the module, a warm server 0.07 s on a small module, which is most
     * of the difference for a suite of hundreds of modules. Same reader, validator and features as
     * {@link #validate}, which an invalid module is handed to for Binaryen's full message. Requests are
     * served one at a time; a request that takes longer than the timeout kills the server (the next one starts
     * a new one). Close it when done; the process also ends when this JVM does (its standard input closes).
     */
    public static final class Server implements AutoCloseable {
        private static final String REPLY = "kiln-binaryen: ";
        private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "binaryen-watchdog");
            t.setDaemon(true);
            return t;
        });

        private volatile Process process;
        private Writer requests;
        private BufferedReader replies;

        /** Throws with Binaryen's message if the module is invalid. */
        public synchronized void validate(Path wasm) throws EngineException {
            if (!valid(wasm.toAbsolutePath())) {
                new BinaryenValidator().validate(wasm);
                throw new EngineException("binaryen: the validation server rejects " + wasm + ", a single run of wasm-opt accepts it");
            }
        }

        private boolean valid(Path wasm) throws EngineException {
            if (wasm.toString().contains("\n")) {
                throw new EngineException("binaryen: cannot validate a module whose path holds a line break: " + wasm);
            }
            start();
            ScheduledFuture<?> watchdog = WATCHDOG.schedule(this::kill, TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            try {
                requests.write(wasm + "\n");
                requests.flush();
                for (String line; (line = replies.readLine()) != null; ) {
                    if (line.startsWith(REPLY)) {
                        return line.substring(REPLY.length()).equals("valid");
                    }
                }
                kill();
                throw new EngineException("binaryen: the validation server ended without answering for " + wasm
                        + (watchdog.isDone() ? " (timed out after " + TIMEOUT.toMillis() + " ms)" : ""));
            } catch (IOException e) {
                kill();
                throw new EngineException("binaryen: the validation server failed on " + wasm + ": " + e.getMessage(), e);
            } finally {
                watchdog.cancel(false);
            }
        }

        private void start() throws EngineException {
            if (process != null && process.isAlive()) return;
            try {
                process = new ProcessBuilder(binaryen("serve"))
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
            } catch (IOException e) {
                throw new EngineException("binaryen: cannot start the validation server: " + e.getMessage(), e);
            }
            requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            replies = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        /** Not synchronized: the watchdog calls it while a request holds the lock, waiting for the reply. */
        private void kill() {
            Process p = process;
            if (p != null) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
        }

        @Override
        public synchronized void close() {
            if (process == null) return;
            try {
                requests.close();
                if (!process.waitFor(5, TimeUnit.SECONDS)) kill();
            } catch (IOException e) {
                kill();
            } catch (InterruptedException e) {
                kill();
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }
}
