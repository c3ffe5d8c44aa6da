package dev.kiln.bench.programs;

/**
 * A small bytecode interpreter: a stack machine with locals, arithmetic and jumps, running a program that sums the
 * values of the Collatz sequence from every start below 30,000. A {@code switch} over opcodes in a loop.
 */
public final class Interpreter {
    static final int PUSH = 0, LOAD = 1, STORE = 2, ADD = 3, SUB = 4, MUL = 5, DIV = 6, REM = 7, JUMP = 8,
            JUMP_IF_ZERO = 9, JUMP_IF_LESS = 10, HALT = 11, DUP = 12, POP = 13;

    private Interpreter() {
    }

    static long execute(int[] code, long[] locals) {
        long[] stack = new long[64];
        int sp = 0;
        int pc = 0;
        while (true) {
            int op = code[pc++];
            switch (op) {
                case PUSH -> stack[sp++] = code[pc++];
                case LOAD -> stack[sp++] = locals[code[pc++]];
                case STORE -> locals[code[pc++]] = stack[--sp];
                case ADD -> { sp--; stack[sp - 1] += stack[sp]; }
                case SUB -> { sp--; stack[sp - 1] -= stack[sp]; }
                case MUL -> { sp--; stack[sp - 1] *= stack[sp]; }
                case DIV -> { sp--; stack[sp - 1] /= stack[sp]; }
                case REM -> { sp--; stack[sp - 1] %= stack[sp]; }
                case JUMP -> pc = code[pc];
                case JUMP_IF_ZERO -> pc = stack[--sp] == 0 ? code[pc] : pc + 1;
                case JUMP_IF_LESS -> { sp -= 2; pc = stack[sp] < stack[sp + 1] ? code[pc] : pc + 1; }
                case DUP -> { stack[sp] = stack[sp - 1]; sp++; }
                case POP -> sp--;
                case HALT -> { return locals[0]; }
                default -> throw new IllegalStateException("bad opcode " + op);
            }
        }
    }

    /** locals: 0 sum, 1 start, 2 n, 3 limit. */
    static final int[] COLLATZ = {
        PUSH, 1, STORE, 1,                                   // 0: start = 1
        LOAD, 1, LOAD, 3, JUMP_IF_LESS, 13, LOAD, 0, HALT,   // 4: if start < limit goto 13 else halt
        LOAD, 1, STORE, 2,                                   // 13: n = start
        LOAD, 2, PUSH, 1, SUB, JUMP_IF_ZERO, 59,             // 17: if n - 1 == 0 goto 59
        LOAD, 0, LOAD, 2, ADD, STORE, 0,                     // 24: sum += n
        LOAD, 2, PUSH, 2, REM, JUMP_IF_ZERO, 50,             // 31: if n % 2 == 0 goto 50
        LOAD, 2, PUSH, 3, MUL, PUSH, 1, ADD, STORE, 2, JUMP, 17, // 38: n = 3n + 1
        LOAD, 2, PUSH, 2, DIV, STORE, 2, JUMP, 17,           // 50: n = n / 2
        LOAD, 1, PUSH, 1, ADD, STORE, 1, JUMP, 4,            // 59: start++
    };

    static long run() {
        return execute(COLLATZ, new long[] {0, 0, 0, 30_000});
    }

    public static void main(String[] args) {
        Bench.run("interpreter", args, 10, EXPECTED, Interpreter::run);
    }

    /** The checksum as HotSpot computes it (JDK 17 and 25 agree). */
    static final long EXPECTED = 52_445_788_796L;
}
