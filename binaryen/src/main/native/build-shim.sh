#!/usr/bin/env bash
# Compiles Kiln's JNI shim against the libbinaryen that tools/binaryen/build.sh built on this machine, into the
# classes the jar is made from (binaryen/pom.xml runs it). Without the library it says so and builds nothing: Kiln
# then runs without Binaryen. The shim finds libbinaryen.so through its rpath, the cache directory.
set -euo pipefail
OUT="$1"
PREFIX="${KILN_CACHE:-$HOME/.cache/kiln}/binaryen-132"
HERE="$(cd "$(dirname "$0")" && pwd)"
if [ ! -f "$PREFIX/lib/libbinaryen.so" ]; then
    echo "kiln: no libbinaryen in $PREFIX (tools/binaryen/build.sh builds it): building without Binaryen"
    rm -f "$OUT/native/linux-x86_64/libkilnbinaryen.so"
    exit 0
fi
JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}"
mkdir -p "$OUT/native/linux-x86_64"
SHIM="$OUT/native/linux-x86_64/libkilnbinaryen.so"
if [ "$SHIM" -nt "$HERE/kiln_binaryen.cpp" ] && [ "$SHIM" -nt "$PREFIX/lib/libbinaryen.so" ]; then
    exit 0
fi
g++ -std=c++17 -O2 -shared -fPIC -Wall -I"$JAVA_HOME/include" -I"$JAVA_HOME/include/linux" -I"$PREFIX/include" \
    "$HERE/kiln_binaryen.cpp" -L"$PREFIX/lib" -lbinaryen -Wl,-rpath,"$PREFIX/lib" -o "$SHIM"
echo "kiln: built the Binaryen shim against $PREFIX"
