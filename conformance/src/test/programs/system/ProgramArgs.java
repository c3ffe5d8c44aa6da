package system;

/** main receives the program arguments in order, with spaces and punctuation intact. */
public class ProgramArgs {
    public static void main(String[] args) {
        System.out.println("argc " + args.length);
        for (int i = 0; i < args.length; i++) {
            System.out.println(i + ": [" + args[i] + "] length " + args[i].length());
        }
        int sum = 0;
        for (String a : args) {
            boolean numeric = !a.isEmpty();
            for (int k = 0; k < a.length(); k++) {
                char c = a.charAt(k);
                if (!(Character.isDigit(c) || (k == 0 && c == '-' && a.length() > 1))) numeric = false;
            }
            if (numeric) sum += Integer.parseInt(a);
        }
        System.out.println("numeric sum " + sum);
        if (args.length > 0) {
            System.out.println("last uppercased " + args[args.length - 1].toUpperCase());
        }
    }
}
