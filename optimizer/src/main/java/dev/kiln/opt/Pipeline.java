package dev.kiln.opt;

import dev.kiln.opt.passes.EliminateCommonSubexpressions;
import dev.kiln.opt.passes.FoldArrayInitializers;
import dev.kiln.opt.passes.HoistLoopInvariants;
import dev.kiln.opt.passes.InlineSmallMethods;
import dev.kiln.opt.passes.PropagateConstants;
import dev.kiln.opt.passes.RemoveDeadValues;
import dev.kiln.opt.passes.RemoveRedundantBoundsChecks;
import dev.kiln.opt.passes.RemoveRedundantCasts;
import dev.kiln.opt.passes.RemoveRedundantClassInits;
import dev.kiln.opt.passes.RemoveRedundantNullChecks;
import dev.kiln.opt.passes.RemoveUnreachableBlocks;
import dev.kiln.opt.passes.ScalarReplaceAllocations;
import dev.kiln.opt.passes.SimplifyTrivialPhis;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The optimizer's passes in the order they run. The list is data, kept in this one file, so the order is
 * reviewed in one place and tools get names and descriptions for free.
 */
public final class Pipeline {
    private static final List<NamedPass> STANDARD = List.of(
            new NamedPass("remove-unreachable-blocks",
                    "drop blocks the entry cannot reach, and their phi inputs", new RemoveUnreachableBlocks()),
            new NamedPass("inline-small-methods",
                    "replace each direct call of a small method by a copy of its body (stack traces keep its frame)", new InlineSmallMethods()),
            new NamedPass("scalar-replace-allocations",
                    "replace an object that never leaves the function by SSA values for its fields", new ScalarReplaceAllocations()),
            new NamedPass("propagate-constants",
                    "fold values that are one constant on every path that can run, and branches that go one way", new PropagateConstants()),
            new NamedPass("simplify-trivial-phis",
                    "replace each phi whose inputs are one value (or itself) by that value", new SimplifyTrivialPhis()),
            new NamedPass("eliminate-common-subexpressions",
                    "reuse the result of a dominating instruction that computes the same value", new EliminateCommonSubexpressions()),
            new NamedPass("remove-redundant-null-checks",
                    "drop each nullcheck of a value every path has checked or that cannot be null", new RemoveRedundantNullChecks()),
            new NamedPass("remove-redundant-casts",
                    "turn each checkcast an instanceof or an earlier checkcast already proved into a cast that cannot fail", new RemoveRedundantCasts()),
            new NamedPass("remove-redundant-bounds-checks",
                    "drop each boundscheck whose index is proved within the array where it stands", new RemoveRedundantBoundsChecks()),
            new NamedPass("remove-redundant-class-inits",
                    "drop each initclass of a class every path has initialised (or a subclass of)", new RemoveRedundantClassInits()),
            new NamedPass("hoist-loop-invariants",
                    "move what a loop computes the same way on every iteration, and cannot throw, to its preheader", new HoistLoopInvariants()),
            new NamedPass("fold-array-initializers",
                    "turn newarray + a store to every index into one newarrayof", new FoldArrayInitializers()),
            new NamedPass("remove-dead-values",
                    "drop each instruction and phi that only computes a value nothing uses", new RemoveDeadValues()));

    /**
     * The passes that run only after the type flow ({@code TypeFlowPruning}): the flow reads the program as the
     * frontend shapes it. An object comes from {@code new} and a call of a constructor, for instance, and a field a
     * constructor may leave null is found to start null when the flow reaches that constructor; a constructor
     * inlined everywhere is never reached. After the flow, calls it made direct can be inlined too.
     */
    private static final Set<String> AFTER_TYPE_FLOW = Set.of("inline-small-methods", "scalar-replace-allocations");

    private final List<NamedPass> passes;

    public Pipeline(List<NamedPass> passes) {
        Set<String> names = new HashSet<>();
        for (NamedPass p : passes) {
            if (!names.add(p.name())) throw new IllegalArgumentException("two passes named " + p.name());
        }
        this.passes = List.copyOf(passes);
    }

    /** The pipeline the compiler runs. */
    public static Pipeline standard() {
        return new Pipeline(STANDARD);
    }

    /**
     * The passes the compiler runs when asked to skip the optimizer ({@code kiln compile --no-ir-passes}): only
     * dropping the blocks no path reaches, which the frontend leaves behind and the backend does not expect.
     */
    public static Pipeline required() {
        return standard().only("remove-unreachable-blocks");
    }

    /** The pipeline the compiler runs before the type flow: the standard one without {@link #AFTER_TYPE_FLOW}. */
    public static Pipeline beforeTypeFlow() {
        return new Pipeline(STANDARD.stream().filter(p -> !AFTER_TYPE_FLOW.contains(p.name())).toList());
    }

    public List<NamedPass> passes() { return passes; }

    /** The pass with this name; fails listing the valid names, since names come from users and test files. */
    public NamedPass find(String name) {
        for (NamedPass p : passes) if (p.name().equals(name)) return p;
        throw new IllegalArgumentException("no pass named '" + name + "'; the passes are: " + names());
    }

    /** A pipeline of just the named passes, in this pipeline's order. */
    public Pipeline only(String... names) {
        List<NamedPass> selected = new ArrayList<>();
        for (String n : names) find(n);
        Set<String> wanted = Set.of(names);
        for (NamedPass p : passes) if (wanted.contains(p.name())) selected.add(p);
        return new Pipeline(selected);
    }

    /** One line per pass, {@code name  description}, names padded to line up: what {@code --print-passes} shows. */
    public String describe() {
        int width = passes.stream().mapToInt(p -> p.name().length()).max().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (NamedPass p : passes) {
            sb.append(p.name()).append(" ".repeat(width - p.name().length() + 2)).append(p.description()).append('\n');
        }
        return sb.toString();
    }

    private String names() {
        return passes.stream().map(NamedPass::name).collect(Collectors.joining(", "));
    }
}
