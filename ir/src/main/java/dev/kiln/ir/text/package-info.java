/**
 * The IR's text form: {@link dev.kiln.ir.text.IrPrinter} writes it, {@link dev.kiln.ir.text.IrParser}
 * reads it back, and print → parse → print is the identity. It is line oriented: one header, label,
 * handler, phi or instruction per line; {@code ;} starts a comment; indentation is for people only.
 *
 * <h2>Functions</h2>
 * <pre>
 * function static example.Main.div(int,int)int (v0: int, v1: int) {
 * b0:
 *   catch java.lang.ArithmeticException -&gt; b2
 *   zerocheck v1 @2:12
 *   goto b1
 * b1:
 *   v2 = div int v0, v1 @2:12
 *   goto b3
 * b3:
 *   v4 = phi int [b1: v2], [b2: v3]
 *   return v4
 * b2:
 *   v5 = caught java.lang.ArithmeticException
 *   v3 = const int -1
 *   goto b3
 * }
 * </pre>
 * The header is {@code function}, {@code static} for static methods, the method reference
 * ({@code owner.name(params)ret}), the parameters and an opening brace; an instance method's {@code v0} is
 * {@code this}, as in {@code function example.Point.getX()int (v0: example.Point)}. Blocks follow in order, the first being
 * the entry. Each block is its label {@code bN:}, then its handlers in order ({@code catch <class> -> bN},
 * or {@code catch any -> bN}), then its phis, then its instructions, the terminator last. Values print as
 * {@code vN} and blocks as {@code bN}, with the numbers stored in the IR, so listings are stable.
 *
 * <h2>Instructions and types</h2>
 * Each instruction kind's form is in its {@link dev.kiln.ir.Insn} Javadoc; an instruction with a result
 * starts with {@code vN = }. A result's type is normally what the operation produces
 * ({@link dev.kiln.ir.ResultTypes}): {@code int} for {@code add int}, the field's computational type for
 * {@code getfield}, the cast type for {@code checkcast}, and so on. Only when the value's type differs
 * (a result narrowed by type inference, or a deliberately wrong one in a verifier test) is it written
 * after the name, as for parameters: {@code v7: java.lang.String = invoke.virtual
 * java.util.List.get(int)java.lang.Object v5, v6}. Phis ({@code phi <type>}) and {@code caught <type>}
 * always spell their type. Types use Java source syntax: {@code int}, {@code java.lang.String[][]},
 * {@code a.Outer$Inner}, and {@code null} for the type of the null constant.
 *
 * <p>An instruction with a source position ends with {@code @<bytecode offset>[:<line>]}.
 *
 * <h2>Constants</h2>
 * {@code const int -5}, {@code const long 9223372036854775807}, {@code const float 1.5},
 * {@code const double -0.0}, {@code const string "tab\there"}, {@code const null},
 * {@code const class java.lang.String[]}. Floats and doubles read back bit for bit: decimal when that is
 * exact, otherwise Java hexadecimal ({@code 0x1.0p-1074}); {@code inf}, {@code -inf}, {@code nan} for the
 * canonical quiet NaN and {@code nan:0x1} (mantissa bits in hex) for other payloads, with {@code -} when
 * the sign bit is set. Strings escape {@code "}, {@code \}, newline, return and tab, and write every other
 * character outside printable ASCII as a UTF-16 unit {@code \}{@code uXXXX}.
 *
 * <h2>Classes and programs</h2>
 * <pre>
 * program entry example.Main.main(java.lang.String[])void
 *
 * class example.Main extends java.lang.Object implements java.lang.Runnable [public final] {
 *   source "Main.java"
 *   instantiated
 *   field private static int count
 *   field public static final java.lang.String NAME = string "kiln"
 *
 *   method public static main(java.lang.String[])void (v0: java.lang.String[]) {
 *   b0:
 *     return
 *   }
 *
 *   method public abstract run()void
 *   method public static native now()long import "env" "now"
 *   method static native clz(int)int intrinsic "i32.clz"
 * }
 * </pre>
 * The {@code program} line names the entry point; a multi-call program names several
 * ({@code program entry a.A.main(java.lang.String[])void entry b.B.main(java.lang.String[])void}), a bare set of
 * classes none. A class header names the superclass (none only for java.lang.Object), the interfaces and, in
 * brackets, the flags. Inside come the source file, the {@code instantiated} and
 * {@code initialized_with_implementors} marks (see {@link dev.kiln.ir.IrClass}), for a nested class its
 * simple name and, for a member class, the class declaring it ({@code nested "Entry" in java.util.Map};
 * {@code nested ""} for an anonymous class), fields ({@code field <flags>
 * <type> <name>}, optionally {@code = <constant>} in the {@code const} literal syntax) and methods
 * ({@code method <flags> <name><signature>}). A method with a body continues with its parameters and
 * blocks exactly like a function, taking its reference and staticness from the declaration; a native
 * method may end with its binding instead.
 */
package dev.kiln.ir.text;
