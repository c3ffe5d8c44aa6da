package dev.kiln.runtime.substitutions.java.nio.channels.spi;

import dev.kiln.runtime.Substitute;
import sun.nio.ch.Interruptible;

/**
 * No thread to notify: the JDK tells the current thread which channel operation it is blocked in (through
 * {@code JavaLangAccess}, which Kiln's {@code System} does not register) so that {@code Thread.interrupt} from another
 * thread can close the channel. A Kiln thread runs to completion before another runs, so no other thread can interrupt
 * it while it is blocked; an interrupt that is already pending still closes the channel, as the JDK's {@code begin}
 * checks that itself.
 */
final class AbstractInterruptibleChannel {
    private AbstractInterruptibleChannel() {
    }

    @Substitute
    static void blockedOn(Interruptible intr) {
    }
}
