package dev.kiln.runtime.substitutions.java.lang;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;

/**
 * runtime-lib's {@code java.lang.Thread} as later JDKs show it: from Java 19 (where {@code Thread} was
 * rewritten for virtual threads) {@code toString()} starts with the thread id and a null name has another
 * message; on JDK 25 the main thread's id is 3. JDK 17 and 25 are checked (conformance
 * {@code threads/StartJoin}); the versions in between take the boundary named.
 */
final class Thread {
    private Thread() {
    }

    @Alias
    private native long threadId();

    @Alias
    private native String getName();

    @Alias
    private native int getPriority();

    @Alias
    private native ThreadGroup getThreadGroup();

    @Substitute(minJdk = 19)
    private static String checkName(String name) {
        if (name == null) {
            throw new NullPointerException("'name' is null");
        }
        return name;
    }

    @Substitute(minJdk = 25)
    private static long mainThreadId() {
        return 3;
    }

    /** {@code Thread[#id,name,priority,group]}, the group empty once the thread has terminated. */
    @Substitute(minJdk = 19)
    public String toString() {
        ThreadGroup g = getThreadGroup();
        return "Thread[#" + threadId() + "," + getName() + "," + getPriority() + "," + (g != null ? g.getName() : "") + "]";
    }
}
