package dev.kiln.bench.programs;

import java.util.ArrayDeque;
import java.util.PriorityQueue;

/**
 * An operating system's task scheduler in miniature: tasks of four kinds (idle, worker, device handlers, a
 * clock) with priorities, each a small state machine, exchange packets through mailboxes; the scheduler always runs
 * the ready task of highest priority. Virtual dispatch, a priority queue and queues of packets.
 */
public final class Scheduler {
    private Scheduler() {
    }

    static final class Packet {
        int kind;
        int value;
        Packet(int kind, int value) {
            this.kind = kind;
            this.value = value;
        }
    }

    abstract static class Task implements Comparable<Task> {
        final int id;
        final int priority;
        final ArrayDeque<Packet> mailbox = new ArrayDeque<>();
        boolean queued;
        Task(int id, int priority) {
            this.id = id;
            this.priority = priority;
        }

        /** Runs one step; returns how much work it did. */
        abstract int step(System system);

        @Override
        public int compareTo(Task o) {
            return o.priority != priority ? Integer.compare(o.priority, priority) : Integer.compare(id, o.id);
        }
    }

    static final class System {
        final PriorityQueue<Task> ready = new PriorityQueue<>();
        final Task[] tasks;
        long work;
        System(int n) {
            tasks = new Task[n];
        }

        void send(int to, Packet p) {
            Task t = tasks[to];
            t.mailbox.add(p);
            if (!t.queued) {
                t.queued = true;
                ready.add(t);
            }
        }
    }

    static final class Worker extends Task {
        int seed;
        Worker(int id, int priority, int seed) {
            super(id, priority);
            this.seed = seed;
        }

        @Override
        int step(System s) {
            Packet p = mailbox.poll();
            if (p == null) return 0;
            seed = seed * 1103515245 + 12345;
            p.value = p.value * 31 + (seed >>> 16 & 0xff);
            int device = 2 + ((seed >>> 8) & 1);
            p.kind++;
            s.send(p.kind < 40 ? device : 0, p);
            return 1;
        }
    }

    static final class Device extends Task {
        long handled;
        Device(int id, int priority) {
            super(id, priority);
        }

        @Override
        int step(System s) {
            Packet p = mailbox.poll();
            if (p == null) return 0;
            handled += p.value & 0xffff;
            s.send(1, p);
            return 2;
        }
    }

    static final class Idle extends Task {
        long finished;
        Idle(int id) {
            super(id, 0);
        }

        @Override
        int step(System s) {
            Packet p = mailbox.poll();
            if (p == null) return 0;
            finished += p.value;
            return 1;
        }
    }

    static long run(int packets) {
        System s = new System(4);
        Idle idle = new Idle(0);
        Device a = new Device(2, 5);
        Device b = new Device(3, 4);
        s.tasks[0] = idle;
        s.tasks[1] = new Worker(1, 3, 17);
        s.tasks[2] = a;
        s.tasks[3] = b;
        for (int i = 0; i < packets; i++) s.send(1, new Packet(0, i));
        while (!s.ready.isEmpty()) {
            Task t = s.ready.poll();
            t.queued = false;
            s.work += t.step(s);
            if (!t.mailbox.isEmpty()) {
                t.queued = true;
                s.ready.add(t);
            }
        }
        return s.work * 1_000_003 + idle.finished + a.handled * 7 + b.handled * 13;
    }

    public static void main(String[] args) {
        Bench.run("scheduler", args, 10, EXPECTED, () -> run(20_000));
    }

    /** The checksum as HotSpot computes it (JDK 17 and 25 agree). */
    static final long EXPECTED = 2_719_520_407_690L;
}
