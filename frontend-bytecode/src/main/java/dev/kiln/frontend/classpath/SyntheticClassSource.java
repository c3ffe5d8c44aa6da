package dev.kiln.frontend.classpath;

import dev.kiln.frontend.indy.SyntheticClasses;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;

/**
 * The classes Kiln writes for invokedynamic call sites ({@link SyntheticClasses}), made on request from their
 * host class, which the class path supplies. Searched last, so a real class of the same name wins.
 */
final class SyntheticClassSource implements ClassSource {
    private final Function<String, ClassFile> classPath;
    private final Map<String, Optional<ClassNode>> parsed = new HashMap<>();

    /** @param classPath finds a class file by internal name */
    SyntheticClassSource(Function<String, ClassFile> classPath) {
        this.classPath = classPath;
    }

    @Override
    public ClassFile find(String internalName) {
        byte[] bytes = SyntheticClasses.generate(internalName, this::parse);
        return bytes == null ? null : new ClassFile(internalName, bytes, "kiln-synthetic:" + internalName + ".class");
    }

    /**
     * A class a synthetic class is made from, parsed once for all its call sites; one that cannot be read has no
     * call sites to offer.
     */
    private ClassNode parse(String internalName) {
        Optional<ClassNode> known = parsed.get(internalName);
        if (known == null) {
            // Not computeIfAbsent: reading a host may make another synthetic class, which parses its own host.
            known = read(internalName);
            parsed.put(internalName, known);
        }
        return known.orElse(null);
    }

    private Optional<ClassNode> read(String internalName) {
        ClassFile file = classPath.apply(internalName);
        if (file == null) return Optional.empty();
        ClassNode node = new ClassNode();
        try {
            new ClassReader(file.bytes()).accept(node, ClassReader.SKIP_FRAMES);
        } catch (RuntimeException e) {
            // The class model reports the malformed class file itself when it reads it.
            return Optional.empty();
        }
        return Optional.of(node);
    }

    @Override
    public void close() {
        // Holds nothing.
    }
}
