package threads;

// kiln:exit=3
/** System.exit runs the registered hook before the program ends with the status given. */
public class ExitRunsHooks {
    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("hook: flushing " + Thread.currentThread().getName());
            System.err.println("hook on stderr");
        }, "cleanup"));
        System.out.print("exiting without a newline");
        System.exit(3);
    }
}
