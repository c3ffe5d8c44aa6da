"""Runs a WASI preview 1 command module on Wasmtime, or only compiles it with --validate.

    .venv/bin/python run_wasmtime.py [--validate] [--env NAME=VALUE]... [--dir DIR] module.wasm [arg...]

Run with the virtualenv's Python, where install.sh put the pinned wasmtime package. argv[0] of the
program is the module's file name; --dir preopens DIR as ".", the program's working directory; stdin, stdout and stderr are this process's own, so the module's output
is byte for byte what it wrote. The exit status is the module's proc_exit code (0 when _start returns); a
trap prints "wasm trap: <message>" on stderr and exits with 134, as the JVM would on an abort. A module that
does not compile or link, or has no _start, is not run: the script prints "kiln-engine: <message>" and exits
with 125, so callers can tell a rejected module from a program's own failure (run_node.mjs does the same).

The proposals Kiln's output uses are switched on one by one rather than relying on this Wasmtime
version's defaults, so that a version bump cannot silently turn one off. The Wasm stack gets the largest
limit this API allows (2 MiB: a larger one must not exceed the async stack size, which the Python API
cannot set), enough for about 150,000 small frames. The module runs on a thread whose own stack is known to
be larger than that, because Wasmtime's limit is only safe below the real stack of the thread that calls in.
Compiled modules go to Wasmtime's own cache (its default configuration: ~/.cache/wasmtime, size-limited,
keyed by the module's bytes, the settings and Wasmtime's version), so a module validated with --validate
and then run, as the conformance suite does, is compiled once: Cranelift takes tens of seconds on the
largest modules.
"""

import os
import sys
import threading

import wasmtime

TRAP_EXIT = 134
REJECTED_EXIT = 125
WASM_STACK_BYTES = 2 << 20
THREAD_STACK_BYTES = 16 << 20


def usage(message):
    sys.stderr.write(f"run_wasmtime.py: {message}\n"
                     "usage: run_wasmtime.py [--validate] [--env NAME=VALUE]... [--dir DIR] module.wasm [arg...]\n")
    sys.exit(2)


def parse_command_line(argv):
    validate, env, directory, i = False, [], None, 0
    while i < len(argv) and argv[i].startswith("--"):
        if argv[i] == "--validate":
            validate = True
        elif argv[i] == "--env":
            if i + 1 == len(argv) or "=" not in argv[i + 1][1:]:
                usage("--env needs NAME=VALUE")
            i += 1
            env.append(tuple(argv[i].split("=", 1)))
        elif argv[i] == "--dir":
            if i + 1 == len(argv):
                usage("--dir needs a directory")
            i += 1
            directory = argv[i]
        else:
            usage(f"unknown option {argv[i]}")
        i += 1
    if i == len(argv):
        usage("no module given")
    return validate, env, directory, argv[i], argv[i + 1:]


def make_engine():
    config = wasmtime.Config()
    config.wasm_gc = True
    config.wasm_function_references = True
    config.wasm_reference_types = True
    config.wasm_exceptions = True
    config.wasm_tail_call = True
    config.wasm_bulk_memory = True
    config.wasm_multi_value = True
    config.max_wasm_stack = WASM_STACK_BYTES
    config.cache = True
    return wasmtime.Engine(config)


def run(engine, module_path, args, env, directory):
    """Returns the exit status of running the module's _start."""
    wasi = wasmtime.WasiConfig()
    wasi.argv = [os.path.basename(module_path), *args]
    wasi.env = env
    wasi.inherit_stdin()
    wasi.inherit_stdout()
    wasi.inherit_stderr()
    if directory is not None:
        wasi.preopen_dir(directory, ".")
    store = wasmtime.Store(engine)
    store.set_wasi(wasi)
    linker = wasmtime.Linker(engine)
    linker.define_wasi()
    try:
        module = wasmtime.Module.from_file(engine, module_path)
        start = linker.instantiate(store, module).exports(store).get("_start")
        if not isinstance(start, wasmtime.Func):
            raise wasmtime.WasmtimeError("the module does not export _start")
        start(store)
        return 0
    except wasmtime.ExitTrap as exit_trap:
        return exit_trap.code
    except wasmtime.Trap as trap:
        sys.stderr.write(f"wasm trap: {trap_reason(trap)}\n")
        return TRAP_EXIT
    except wasmtime.WasmtimeError as error:
        sys.stderr.write(f"kiln-engine: {str(error).strip()}\n")
        return REJECTED_EXIT


def trap_reason(trap):
    """The cause line of a trap's message, without the Wasm backtrace that precedes it."""
    lines = [line.strip() for line in trap.message.splitlines() if line.strip()]
    reason = lines[-1] if lines else "unknown trap"
    return reason.removeprefix("wasm trap: ")


def main(argv):
    validate, env, directory, module_path, args = parse_command_line(argv)
    engine = make_engine()
    if validate:
        try:
            wasmtime.Module.from_file(engine, module_path)
            return 0
        except wasmtime.WasmtimeError as error:
            sys.stderr.write(f"{error}\n")
            return 1
    status = [TRAP_EXIT]

    def body():
        status[0] = run(engine, module_path, args, env, directory)

    threading.stack_size(THREAD_STACK_BYTES)
    thread = threading.Thread(target=body, name="wasm")
    thread.start()
    thread.join()
    return status[0]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
