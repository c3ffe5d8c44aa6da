package enum_switch;

/** A state machine: an enum switch inside a loop drives transitions, with lambdas stored in enum constants. */
public class EnumStateMachine {
    interface Action { String run(char c); }

    enum State {
        START(c -> "begin"), WORD(c -> "letter " + c), NUMBER(c -> "digit " + c), SPACE(c -> "gap"), END(c -> "stop");

        final Action action;

        State(Action action) { this.action = action; }
    }

    static State next(State s, char c) {
        switch (s) {
            case START:
            case SPACE:
            case WORD:
            case NUMBER:
                if (c == '.') return State.END;
                if (Character.isDigit(c)) return State.NUMBER;
                if (c == ' ') return State.SPACE;
                return State.WORD;
            default:
                return State.END;
        }
    }

    public static void main(String[] args) {
        String input = "go 42 now. ignored";
        State s = State.START;
        System.out.println(s + ": " + s.action.run('?'));
        int[] counts = new int[State.values().length];
        for (int k = 0; k < input.length(); k++) {
            char c = input.charAt(k);
            State n = next(s, c);
            counts[n.ordinal()]++;
            if (n != s) System.out.println(k + " " + s + " -> " + n + ": " + n.action.run(c));
            s = n;
        }
        for (State st : State.values()) System.out.println(st + " seen " + counts[st.ordinal()]);
    }
}
