package format;


import java.util.Formatter;
import java.util.FormatterClosedException;
import java.util.Locale;

/** PrintStream.printf/format, String.formatted and Formatter on an Appendable: partial output, state, closing. */
public class PrintfAndFormatter {
    public static void main(String[] args) {
        System.out.printf("%d + %d = %d%n", 2, 3, 5);
        System.out.format("%-6s|%6s|%n", "left", "right");
        System.out.printf(Locale.ROOT, "%,.2f%n", 1234567.891);
        System.out.printf((Locale) null, "%,d%n", 1234567);
        System.out.println("%s is %d years".formatted("Ada", 36));
        System.out.println(String.format(Locale.US, "%e", 12345.678));
        PrintStreamChain chain = new PrintStreamChain();
        chain.run();
        try {
            System.out.printf("before %d after %d%n", 1);
        } catch (java.util.MissingFormatArgumentException e) {
            System.out.println();
            System.out.println("printf stopped: " + e.getMessage());
        }
        try {
            System.out.printf("never %q printed %d%n", 1);
        } catch (java.util.UnknownFormatConversionException e) {
            System.out.println("parse failed first: " + e.getMessage());
        }
        StringBuilder sb = new StringBuilder("start:");
        Formatter fmt = new Formatter(sb);
        fmt.format("%s=%d;", "a", 1).format("%s=%d;", "b", 2);
        System.out.println(sb);
        System.out.println(fmt.toString());
        System.out.println(fmt.out() == sb);
        System.out.println(fmt.locale());
        fmt.flush();
        System.out.println(fmt.ioException());
        fmt.close();
        fmt.close();
        try {
            fmt.format("%d", 3);
        } catch (FormatterClosedException e) {
            System.out.println("closed: " + e.getClass().getName() + " " + e.getMessage());
        }
        try {
            fmt.toString();
        } catch (FormatterClosedException e) {
            System.out.println("toString closed: " + e.getClass().getName());
        }
        try {
            fmt.locale();
        } catch (FormatterClosedException e) {
            System.out.println("locale closed: " + e.getClass().getName());
        }
        Formatter own = new Formatter();
        own.format("%08.3f|%s", Math.PI, own.out().getClass().getName());
        System.out.println(own);
        Formatter rooted = new Formatter(Locale.ROOT);
        System.out.println(rooted.locale() + "|" + rooted.format("%,d", 1234567));
        Formatter unlocalized = new Formatter((Locale) null);
        System.out.println(unlocalized.locale() + "|" + unlocalized.format("%,d %.2f", 1234567, 2.5));
        Formatter toAppendable = new Formatter(new Upper());
        toAppendable.format("%s-%d", "mixed", 9);
        System.out.println(toAppendable.out());
        System.err.printf("to stderr %s%n", "ok");
        StringBuilder many = new StringBuilder();
        Formatter reused = new Formatter(many);
        for (int i = 0; i < 5; i++) {
            reused.format("[%02d:%3s]", i, Integer.toBinaryString(i));
        }
        System.out.println(many);
        System.out.println(String.format("%s", "").isEmpty());
        System.out.println(Locale.getDefault() + " " + Locale.getDefault(Locale.Category.FORMAT));
    }

    static final class Upper implements Appendable {
        private final StringBuilder sb = new StringBuilder();

        @Override
        public Appendable append(CharSequence csq) {
            sb.append(csq.toString().toUpperCase());
            return this;
        }

        @Override
        public Appendable append(CharSequence csq, int start, int end) {
            return append(csq.subSequence(start, end));
        }

        @Override
        public Appendable append(char c) {
            sb.append(Character.toUpperCase(c));
            return this;
        }

        @Override
        public String toString() {
            return "Upper[" + sb + "]";
        }
    }

    static final class PrintStreamChain {
        void run() {
            System.out.printf("%s", "chained ").printf("%s", "calls ").format("%s%n", "work");
            System.out.append("append ").printf("%b%n", true);
        }
    }
}
