package enum_switch;

/** Switches on enums as javac compiles them for any release: through a $SwitchMap$ array indexed by ordinal. */
public class ClassicEnumSwitch {
    enum Day { MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY }

    static String kind(Day d) {
        switch (d) {
            case SATURDAY:
            case SUNDAY:
                return "weekend";
            case FRIDAY:
                return "almost weekend";
            default:
                return "weekday";
        }
    }

    static int hours(Day d) {
        int h = 0;
        switch (d) {
            case MONDAY:
                h += 1;
            case TUESDAY:
                h += 2;
            case WEDNESDAY:
                h += 4;
                break;
            case THURSDAY:
                h = 100;
                break;
            default:
                h = -1;
        }
        return h;
    }

    static String arrow(Day d) {
        return switch (d) {
            case MONDAY, TUESDAY -> "early";
            case WEDNESDAY -> "middle";
            case THURSDAY, FRIDAY -> "late";
            case SATURDAY, SUNDAY -> {
                String s = "rest";
                yield s + d.ordinal();
            }
        };
    }

    public static void main(String[] args) {
        for (Day d : Day.values()) {
            System.out.println(d + " " + d.ordinal() + " " + kind(d) + " " + hours(d) + " " + arrow(d));
        }
        Day[] order = {Day.SUNDAY, Day.MONDAY, Day.SUNDAY, Day.THURSDAY};
        int sum = 0;
        for (Day d : order) {
            switch (d) {
                case SUNDAY -> sum += 7;
                case MONDAY -> sum *= 3;
                default -> sum -= 1;
            }
        }
        System.out.println("sum " + sum);
    }
}
