package dev.kiln.backend;

/**
 * How Kiln's modules use their one linear memory (everything else lives in the GC heap). Page 0 is the runtime
 * library's scratch area for host calls ({@code dev.kiln.runtime.Wasi}: iovecs, results, small buffers); pages 1
 * to 9 hold the shadow stack's slots ({@code ShadowStack}: {@value #SHADOW_STACK_SLOTS} {@code i32}s); from
 * {@link #HOST_OVERFLOW} on, the runtime grows the memory itself for host data that does not fit its scratch page
 * ({@code Wasi.OVERFLOW}, which {@code LinearMemoryTest} checks against this).
 */
public final class LinearMemory {
    public static final int PAGE_SIZE = 1 << 16;
    /** Slots below the limit (1 MiB of estimated engine stack) plus the reserve for building a StackOverflowError. */
    public static final int SHADOW_STACK_SLOTS = (1 << 17) + (1 << 14);
    public static final int SHADOW_STACK_BASE = PAGE_SIZE;
    public static final int SHADOW_STACK_END = SHADOW_STACK_BASE + SHADOW_STACK_SLOTS * 4;
    public static final int HOST_OVERFLOW = SHADOW_STACK_END;
    public static final int INITIAL_PAGES = HOST_OVERFLOW / PAGE_SIZE;

    static {
        if (HOST_OVERFLOW % PAGE_SIZE != 0) throw new AssertionError("the host overflow area must start at a page");
    }

    private LinearMemory() {
    }
}
