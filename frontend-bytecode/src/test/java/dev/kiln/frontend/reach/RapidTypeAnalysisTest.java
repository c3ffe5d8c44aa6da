package dev.kiln.frontend.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.frontend.Frontend;
import dev.kiln.frontend.FrontendOptions;
import dev.kiln.frontend.reach.fixtures.Chain;
import dev.kiln.frontend.reach.fixtures.Guards;
import dev.kiln.frontend.reach.fixtures.Statics;
import dev.kiln.frontend.reach.fixtures.Zoo;
import dev.kiln.ir.CompileError;
import dev.kiln.ir.Diagnostic;
import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.IrProgram;
import dev.kiln.ir.JType;
import dev.kiln.ir.MethodSig;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RapidTypeAnalysisTest {
    private static final MethodSig TO_INT = new MethodSig(List.of(), JType.INT);

    @TempDir
    Path temp;

    static Path testClasses() {
        try {
            return Path.of(RapidTypeAnalysisTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static IrProgram compile(Class<?> main, Path classPath) {
        return Frontend.compile(new FrontendOptions(List.of(classPath), ClassLoader.getPlatformClassLoader(),
                FrontendOptions.RUNTIME_PREFIX, main.getName(), List.of(), List.of()));
    }

    private static IrClass clazz(IrProgram p, Class<?> c) {
        return p.clazz(c.getName());
    }

    @Test
    void onlyOverridesOfInstantiatedClassesAreReachable() {
        IrProgram p = compile(Zoo.class, testClasses());
        IrClass dog = clazz(p, Zoo.Dog.class);
        IrClass bird = clazz(p, Zoo.Bird.class);
        assertTrue(dog.isInstantiated());
        assertNotNull(dog.method("legs", TO_INT).body());
        assertFalse(bird.isInstantiated(), "Bird is only named by instanceof");
        assertEquals(List.of(), bird.methods(), "an override in a never-instantiated class is not reachable");
        assertNotNull(clazz(p, Zoo.Animal.class).method("eyes", TO_INT).body(), "inherited by Dog");
        assertTrue(clazz(p, Zoo.Animal.class).method("legs", TO_INT).isAbstract(), "kept as the call's dispatch slot");
    }

    @Test
    void theInstanceSideOfAnInstanceofBranchRunsOnlyOnceTheTypeHasAnInstance() {
        IrProgram p = compile(Guards.class, testClasses());
        assertFalse(clazz(p, Guards.Big.class).isInstantiated());
        assertEquals(List.of(), clazz(p, Guards.Big.class).methods(), "only the branch for a Big calls digits()");
        assertNull(clazz(p, Guards.Helper.class), "nor is what only that branch calls kept");
        assertNotNull(clazz(p, Guards.Late.class).method("tag", TO_INT).body(), "instantiated after its branch was read");
        assertNotNull(clazz(p, Guards.Square.class).method("corners", TO_INT).body(), "an implementor is an instance");
        IrMethod describe = clazz(p, Guards.class).methods().stream().filter(m -> m.ref().name().equals("describe")).findFirst().orElseThrow();
        long instanceofBranches = describe.body().blocks().stream()
                .filter(b -> b.terminator() instanceof dev.kiln.ir.Insn.If i && i.operand(0).definition() instanceof dev.kiln.ir.Insn.InstanceOf)
                .count();
        assertEquals(2, instanceofBranches, "the branch for a Big became a goto; those for Late and Shape stay");
        assertTrue(describe.body().blocks().stream().flatMap(b -> b.instructions().stream())
                .noneMatch(i -> i instanceof dev.kiln.ir.Insn.Invoke call && call.method().name().equals("digits")),
                "the block calling digits() is gone");
    }

    @Test
    void interfaceImplementationsOfInstantiatedClassesAreReachable() {
        IrProgram p = compile(Zoo.class, testClasses());
        assertNotNull(clazz(p, Zoo.Robot.class).method("id", TO_INT).body());
        assertEquals(List.of(), clazz(p, Zoo.Ghost.class).methods());
        assertTrue(clazz(p, Zoo.Named.class).method("id", TO_INT).isAbstract());
    }

    @Test
    void keepsAccessedStaticFieldsAndTheInitializersThatRun() {
        IrProgram p = compile(Statics.class, testClasses());
        IrClass config = clazz(p, Statics.Config.class);
        assertNotNull(config.staticInitializer().body());
        assertNotNull(config.method("build", new MethodSig(List.of(), JType.array(JType.INT))).body());
        assertNotNull(config.field("TABLE"));
        assertNull(config.field("unused"));
        assertNotNull(clazz(p, Statics.Defaults.class).staticInitializer(), "initialised with Impl: it has a default method");
        assertNotNull(clazz(p, Statics.Defaults.class).method("d", TO_INT).body(), "selected for Impl");
        assertNotNull(clazz(p, Statics.class).field("sink"));
    }

    @Test
    void programListsEachClassAfterItsSupertypesDeterministically() {
        IrProgram p = compile(Zoo.class, testClasses());
        List<String> order = p.classes().stream().map(IrClass::name).toList();
        assertEquals("java.lang.Object", order.get(0));
        for (IrClass c : p.classes()) {
            if (c.superName() != null) assertTrue(order.indexOf(c.superName()) < order.indexOf(c.name()), c.name());
            for (String i : c.interfaces()) assertTrue(order.indexOf(i) < order.indexOf(c.name()), c.name());
        }
        assertEquals(order, compile(Zoo.class, testClasses()).classes().stream().map(IrClass::name).toList());
        assertEquals(Zoo.class.getName() + ".main(java.lang.String[])void", p.entryPoint().toString());
    }

    @Test
    void unboundNativeIsReportedAtTheCallWithTheChainFromMain() {
        CompileError e = assertThrows(CompileError.class, () -> compile(Chain.class, testClasses()));
        assertEquals(1, e.diagnostics().size(), e.getMessage());
        Diagnostic d = e.diagnostics().get(0);
        String worker = Chain.Worker.class.getName();
        assertEquals("native method " + worker + ".poke()int has neither @Import nor @Intrinsic; reached from "
                + Chain.class.getName() + ".main → " + worker + ".start", d.message());
        assertEquals(worker + ".start()int", d.method());
        assertEquals("Chain.java", d.file());
        assertTrue(d.line() > 0);
    }

    @Test
    void missingClassIsReportedWhereItIsReferencedWithTheChain() throws IOException {
        Path dir = temp.resolve("classes");
        Path fixtures = testClasses().resolve("dev/kiln/frontend/reach/fixtures");
        Files.createDirectories(dir.resolve("dev/kiln/frontend/reach/fixtures"));
        try (Stream<Path> files = Files.list(fixtures)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("Chain")).toList()) {
                if (!f.getFileName().toString().equals("Chain$Helper.class")) {
                    Files.copy(f, dir.resolve("dev/kiln/frontend/reach/fixtures").resolve(f.getFileName()));
                }
            }
        }
        CompileError e = assertThrows(CompileError.class, () -> compile(Chain.class, dir));
        List<String> messages = e.diagnostics().stream().map(Diagnostic::message).toList();
        String worker = Chain.Worker.class.getName();
        String missing = "class " + Chain.Helper.class.getName() + " not found; reached from " + Chain.class.getName()
                + ".main → " + worker + ".run";
        assertTrue(messages.contains(missing), messages.toString());
        Diagnostic d = e.diagnostics().get(messages.indexOf(missing));
        assertEquals(worker + ".run()int", d.method());
        assertTrue(d.bytecodeOffset() >= 0);
        assertEquals(2, messages.size(), "the unbound native is reported as well: " + messages);
    }
}
