package dev.kiln.frontend.classpath;

import dev.kiln.ir.CompileError;
import dev.kiln.ir.Diagnostic;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds class files by internal name, in the order of docs/RUNTIME-CONTRACT.md: Kiln's runtime library
 * first (so its classes replace the JDK's of the same name entirely), then the user's directories and jars
 * in the order given, then the class library of a JDK (by default the one running the compiler), and last the classes Kiln
 * writes for invokedynamic call sites ({@link SyntheticClassSource}). A JDK or runtime library class with a
 * substitution class in the runtime library comes merged with it ({@link Substitutions}). Bytes only: parsing is the class
 * model's job. Close it to release the user's jar files.
 */
public final class ClassPath implements Closeable {
    private final List<ClassSource> sources = new ArrayList<>();
    private final List<UserEntry> userEntries = new ArrayList<>();
    private final RuntimeOverlay runtime;
    private final JdkImage jdk;

    /**
     * @param runtimeLoader sees the runtime library's class files as resources under {@code runtimePrefix}
     * @param runtimePrefix resource folder of the runtime classes, e.g. {@code META-INF/kiln-runtime/}
     * @param userEntries   directories and jars, searched in order
     * @throws CompileError if an entry does not exist or a jar cannot be opened
     */
    public ClassPath(ClassLoader runtimeLoader, String runtimePrefix, List<Path> userEntries) {
        this(runtimeLoader, runtimePrefix, userEntries, null);
    }

    /**
     * @param jdkHome the home of the JDK whose class library to use, or null for the JDK running the compiler
     * @throws CompileError also if {@code jdkHome} is not a JDK 9 or later
     */
    public ClassPath(ClassLoader runtimeLoader, String runtimePrefix, List<Path> userEntries, Path jdkHome) {
        runtime = new RuntimeOverlay(runtimeLoader, runtimePrefix);
        sources.add(runtime);
        for (Path entry : userEntries) {
            UserEntry source = open(entry);
            this.userEntries.add(source);
            sources.add(source);
        }
        jdk = jdkHome == null ? new JdkImage() : new JdkImage(jdkHome);
        sources.add(jdk);
        sources.add(new SyntheticClassSource(this::find));
    }

    private static UserEntry open(Path entry) {
        if (Files.isDirectory(entry)) return new ClassDirectory(entry);
        if (Files.isRegularFile(entry)) return new ClassJar(entry);
        throw new CompileError(Diagnostic.error("class path entry " + entry + " does not exist"));
    }

    /** The first class file for {@code internalName} ({@code java/lang/String}), or null if none has it. */
    public ClassFile find(String internalName) {
        for (ClassSource source : sources) {
            ClassFile file = source.find(internalName);
            if (file != null) return source == jdk || source == runtime ? substituted(file) : file;
        }
        return null;
    }

    /** The JDK's or runtime library's class merged with its substitution class from the runtime library, if it has one. */
    private ClassFile substituted(ClassFile jdkClass) {
        if (jdkClass.internalName().startsWith(Substitutions.PREFIX)) return jdkClass;
        ClassFile substitution = runtime.find(Substitutions.substitutionName(jdkClass.internalName()));
        return substitution == null ? jdkClass : Substitutions.apply(jdkClass, substitution, jdk.feature());
    }

    /** The feature version of the class library the JDK classes come from (17 for JDK 17.0.x). */
    public int jdkFeature() {
        return jdk.feature();
    }

    /**
     * The bytes of a file of the installation of the JDK whose class library this is, by its path relative
     * to that JDK's home ({@code lib/tzdb.dat}): data the JDK's classes read at run time, which a program
     * carries in its module instead. Null if the JDK has no such file.
     */
    public byte[] jdkFile(String relativePath) {
        return jdk.homeFile(relativePath);
    }

    /** Internal names of the classes on the user's entries, in entry order, each name once (for main-class discovery). */
    public List<String> userClassNames() {
        Set<String> names = new LinkedHashSet<>();
        for (UserEntry entry : userEntries) names.addAll(entry.classNames());
        return List.copyOf(names);
    }

    /** Closes every source, even if one fails; the first failure is rethrown with the others suppressed. */
    @Override
    public void close() {
        UncheckedIOException failure = null;
        for (ClassSource source : sources) {
            try {
                source.close();
            } catch (IOException e) {
                if (failure == null) failure = new UncheckedIOException(e);
                else failure.addSuppressed(e);
            }
        }
        if (failure != null) throw failure;
    }
}
