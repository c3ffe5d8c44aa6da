package java.lang;

/** A task with no arguments and no result. */
public interface Runnable {
    /** Runs the task. */
    void run();
}
