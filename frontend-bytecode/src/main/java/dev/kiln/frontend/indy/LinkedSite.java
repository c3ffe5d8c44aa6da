package dev.kiln.frontend.indy;

import java.util.function.Function;
import org.objectweb.asm.tree.ClassNode;

/** A call site Kiln links, read from its bootstrap arguments: it can write its synthetic class. */
interface LinkedSite {
    /**
     * @param name       the synthetic class's internal name
     * @param sourceFile the host's SourceFile attribute (or null), which diagnostics in the class name
     * @param classes    parsed classes by internal name, for what the site's arguments do not say
     */
    byte[] write(String name, String sourceFile, Function<String, ClassNode> classes);
}
