package algorithms;

/**
 * A stack-machine interpreter: an assembler turns text into int code, the interpreter runs it with a
 * dispatch switch, calls and a loop. The programs compute factorials, primes and a GCD table.
 */
public class TinyInterpreter {
    static final int PUSH = 0, ADD = 1, SUB = 2, MUL = 3, DIV = 4, MOD = 5, DUP = 6, SWAP = 7, DROP = 8, JMP = 9, JZ = 10,
            LT = 11, PRINT = 12, LOAD = 13, STORE = 14, CALL = 15, RET = 16, HALT = 17, OVER = 18, EMIT = 19;
    static final String[] NAMES = {"push", "add", "sub", "mul", "div", "mod", "dup", "swap", "drop", "jmp", "jz", "lt", "print",
            "load", "store", "call", "ret", "halt", "over", "emit"};

    static int opcode(String name) {
        for (int i = 0; i < NAMES.length; i++) if (NAMES[i].equals(name)) return i;
        return -1;
    }

    static boolean hasArg(int op) {
        return op == PUSH || op == JMP || op == JZ || op == LOAD || op == STORE || op == CALL;
    }

    /** Two passes: the first records label addresses, the second emits code with labels resolved. */
    static int[] assemble(String src) {
        String[] labels = new String[64];
        int[] addrs = new int[64];
        int nLabels = 0;
        int[] code = new int[512];
        for (int pass = 0; pass < 2; pass++) {
            int pc = 0;
            int start = 0;
            while (start < src.length()) {
                int end = src.indexOf(' ', start);
                if (end < 0) end = src.length();
                String tok = src.substring(start, end);
                start = end + 1;
                if (tok.isEmpty()) continue;
                if (tok.endsWith(":")) {
                    if (pass == 0) {
                        labels[nLabels] = tok.substring(0, tok.length() - 1);
                        addrs[nLabels++] = pc;
                    }
                    continue;
                }
                int op = opcode(tok);
                code[pc++] = op;
                if (hasArg(op)) {
                    int argEnd = src.indexOf(' ', start);
                    if (argEnd < 0) argEnd = src.length();
                    String arg = src.substring(start, argEnd);
                    start = argEnd + 1;
                    int value = 0;
                    if (Character.isDigit(arg.charAt(0)) || arg.charAt(0) == '-') {
                        value = Integer.parseInt(arg);
                    } else {
                        for (int l = 0; l < nLabels; l++) if (labels[l].equals(arg)) value = addrs[l];
                    }
                    code[pc++] = value;
                }
            }
        }
        return code;
    }

    static String run(int[] code) {
        int[] stack = new int[256];
        int[] calls = new int[64];
        int[] mem = new int[16];
        int sp = 0;
        int csp = 0;
        int pc = 0;
        int steps = 0;
        StringBuilder out = new StringBuilder();
        while (true) {
            steps++;
            int op = code[pc++];
            switch (op) {
                case PUSH: stack[sp++] = code[pc++]; break;
                case ADD: sp--; stack[sp - 1] += stack[sp]; break;
                case SUB: sp--; stack[sp - 1] -= stack[sp]; break;
                case MUL: sp--; stack[sp - 1] *= stack[sp]; break;
                case DIV: sp--; stack[sp - 1] /= stack[sp]; break;
                case MOD: sp--; stack[sp - 1] %= stack[sp]; break;
                case DUP: stack[sp] = stack[sp - 1]; sp++; break;
                case OVER: stack[sp] = stack[sp - 2]; sp++; break;
                case SWAP: { int t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; break; }
                case DROP: sp--; break;
                case JMP: pc = code[pc]; break;
                case JZ: { int target = code[pc++]; if (stack[--sp] == 0) pc = target; break; }
                case LT: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp] ? 1 : 0; break;
                case PRINT: out.append(stack[--sp]).append(' '); break;
                case EMIT: out.append((char) stack[--sp]); break;
                case LOAD: stack[sp++] = mem[code[pc++]]; break;
                case STORE: mem[code[pc++]] = stack[--sp]; break;
                case CALL: calls[csp++] = pc + 1; pc = code[pc]; break;
                case RET: pc = calls[--csp]; break;
                case HALT: return out.append("[steps ").append(steps).append(", sp ").append(sp).append(']').toString();
                default: return out.append("bad opcode ").append(op).toString();
            }
        }
    }

    public static void main(String[] args) {
        String factorials = "push 1 store 0 push 1 store 1 "
                + "loop: load 0 push 11 lt jz done "
                + "load 1 load 0 mul dup print store 1 "
                + "load 0 push 1 add store 0 jmp loop "
                + "done: halt";
        System.out.println(run(assemble(factorials)));
        String primes = "push 2 store 0 "
                + "next: load 0 push 60 lt jz end "
                + "push 2 store 1 "
                + "trial: load 0 load 1 load 1 mul lt jz test "
                + "load 0 print jmp notprime "
                + "test: load 0 load 1 mod jz notprime "
                + "load 1 push 1 add store 1 jmp trial "
                + "notprime: load 0 push 1 add store 0 jmp next "
                + "end: push 10 emit halt";
        System.out.println(run(assemble(primes)));
        String gcd = "push 48 push 18 call gcd print push 1071 push 462 call gcd print push 17 push 5 call gcd print halt "
                + "gcd: dup jz gcd_done swap over mod jmp gcd "
                + "gcd_done: drop ret";
        System.out.println(run(assemble(gcd)));
        String chars = "push 72 emit push 105 emit push 33 emit push -7 push 2 div print push -7 push 2 mod print halt";
        System.out.println(run(assemble(chars)));
    }
}
