// Kiln's JNI shim over Binaryen's C API (binaryen-c.h, Binaryen 132): read a module with Kiln's features, validate
// it, optimise it, write it. Called only through dev.kiln.binaryen.Binaryen, whose methods are synchronized:
// Binaryen's optimisation options are process-wide globals. Every failure becomes a dev.kiln.binaryen.BinaryenException:
// the library is built with THROW_ON_FATAL (tools/binaryen/build.sh), so its fatal errors are C++ exceptions, caught
// here, and what it prints on std::cerr while working is captured into the exception's message.
#include <jni.h>

#include <cstdlib>
#include <exception>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "binaryen-c.h"

namespace {

// Exactly the proposals Kiln's output uses, listed one by one: BinaryenFeatureAll() would also accept proposals
// (exact heap types, compact imports) that engines such as Node 24 reject. bulk-memory-opt is what
// --enable-bulk-memory implies in wasm-opt.
BinaryenFeatures kilnFeatures() {
    return BinaryenFeatureGC() | BinaryenFeatureReferenceTypes() | BinaryenFeatureExceptionHandling()
           | BinaryenFeatureTailCall() | BinaryenFeatureBulkMemory() | BinaryenFeatureBulkMemoryOpt()
           | BinaryenFeatureNontrappingFPToInt() | BinaryenFeatureSignExt() | BinaryenFeatureMultivalue()
           | BinaryenFeatureMutableGlobals();
}

// Sends what std::cerr receives to a string while it lives.
class CapturedErrors {
public:
    CapturedErrors() : old(std::cerr.rdbuf(buffer.rdbuf())) {}
    ~CapturedErrors() { std::cerr.rdbuf(old); }
    std::string text() const { return buffer.str(); }

private:
    std::stringstream buffer;
    std::streambuf* old;
};

void throwJava(JNIEnv* env, const std::string& message) {
    jclass c = env->FindClass("dev/kiln/binaryen/BinaryenException");
    if (c != nullptr) env->ThrowNew(c, message.c_str());
}

std::vector<char> bytesOf(JNIEnv* env, jbyteArray array) {
    jsize n = env->GetArrayLength(array);
    std::vector<char> out(static_cast<size_t>(n));
    env->GetByteArrayRegion(array, 0, n, reinterpret_cast<jbyte*>(out.data()));
    return out;
}

// The module read from `bytes`, or null with a Java exception pending.
BinaryenModuleRef read(JNIEnv* env, std::vector<char>& bytes, CapturedErrors& errors) {
    try {
        return BinaryenModuleReadWithFeatures(bytes.data(), bytes.size(), kilnFeatures());
    } catch (const std::exception& e) {
        throwJava(env, std::string("cannot read the module: ") + e.what() + "\n" + errors.text());
    } catch (...) {
        throwJava(env, "cannot read the module: unknown error\n" + errors.text());
    }
    return nullptr;
}

// Empty if the module is valid, else what the validator printed.
std::string invalidity(BinaryenModuleRef module, CapturedErrors& errors) {
    if (BinaryenModuleValidate(module)) return "";
    std::string text = errors.text();
    return text.empty() ? "invalid module" : text;
}

}  // namespace

extern "C" {

// String validate0(byte[] wasm): null if Binaryen reads and validates it, else why not.
JNIEXPORT jstring JNICALL Java_dev_kiln_binaryen_Binaryen_validate0(JNIEnv* env, jclass, jbyteArray wasm) {
    std::vector<char> bytes = bytesOf(env, wasm);
    CapturedErrors errors;
    BinaryenModuleRef module = read(env, bytes, errors);
    if (module == nullptr) return nullptr;
    std::string problem;
    try {
        problem = invalidity(module, errors);
    } catch (const std::exception& e) {
        problem = std::string("validation failed: ") + e.what();
    }
    BinaryenModuleDispose(module);
    return problem.empty() ? nullptr : env->NewStringUTF(problem.c_str());
}

// byte[] optimize0(byte[] wasm, int optimizeLevel, int shrinkLevel, boolean closedWorld, boolean debugInfo):
// the module optimised as wasm-opt -O<optimizeLevel> (shrinkLevel 1 for -Os, 2 for -Oz) would, validated before and
// after; debugInfo keeps the name section.
JNIEXPORT jbyteArray JNICALL Java_dev_kiln_binaryen_Binaryen_optimize0(JNIEnv* env, jclass, jbyteArray wasm,
                                                                     jint optimizeLevel, jint shrinkLevel,
                                                                     jboolean closedWorld, jboolean debugInfo) {
    std::vector<char> bytes = bytesOf(env, wasm);
    CapturedErrors errors;
    BinaryenModuleRef module = read(env, bytes, errors);
    if (module == nullptr) return nullptr;
    jbyteArray out = nullptr;
    try {
        std::string before = invalidity(module, errors);
        if (!before.empty()) {
            throwJava(env, "Binaryen finds the module invalid before optimising it:\n" + before);
        } else {
            BinaryenSetOptimizeLevel(optimizeLevel);
            BinaryenSetShrinkLevel(shrinkLevel);
            BinaryenSetClosedWorld(closedWorld);
            BinaryenSetDebugInfo(debugInfo);
            BinaryenModuleOptimize(module);
            std::string after = invalidity(module, errors);
            if (!after.empty()) {
                throwJava(env, "Binaryen's optimisation made the module invalid:\n" + after);
            } else {
                BinaryenModuleAllocateAndWriteResult written = BinaryenModuleAllocateAndWrite(module, nullptr);
                out = env->NewByteArray(static_cast<jsize>(written.binaryBytes));
                if (out != nullptr) {
                    env->SetByteArrayRegion(out, 0, static_cast<jsize>(written.binaryBytes),
                                            static_cast<const jbyte*>(written.binary));
                }
                free(written.binary);
                free(written.sourceMap);
            }
        }
    } catch (const std::exception& e) {
        throwJava(env, std::string("Binaryen failed: ") + e.what() + "\n" + errors.text());
        out = nullptr;
    } catch (...) {
        throwJava(env, "Binaryen failed: unknown error\n" + errors.text());
        out = nullptr;
    }
    BinaryenModuleDispose(module);
    return out;
}

}  // extern "C"
