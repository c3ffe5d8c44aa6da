package dev.kiln.frontend.model;

import dev.kiln.frontend.lift.Site;
import dev.kiln.ir.CompileError;
import dev.kiln.ir.NativeBinding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Reads how a native method of the runtime library is implemented (docs/RUNTIME-CONTRACT.md, "Natives")
 * from {@code @dev.kiln.runtime.Import(module, name)} or {@code @dev.kiln.runtime.Intrinsic(value)}, or
 * that the frontend generates its body ({@code @dev.kiln.runtime.GeneratedBody(value)}). The
 * annotations have CLASS retention, so they are invisible annotations in the class file; visible ones are
 * accepted too. They are matched by descriptor: the compiler never loads the annotation types.
 */
final class NativeBindings {
    private NativeBindings() {}

    private static final String IMPORT = "Ldev/kiln/runtime/Import;";
    private static final String INTRINSIC = "Ldev/kiln/runtime/Intrinsic;";
    private static final String GENERATED_BODY = "Ldev/kiln/runtime/GeneratedBody;";

    /** The name in the method's {@code @dev.kiln.runtime.GeneratedBody}, or null if it has none. */
    static String generatedBody(MethodNode method, Site site) {
        for (AnnotationNode a : annotations(method)) {
            if (a.desc.equals(GENERATED_BODY)) return element(a, "value", site);
        }
        return null;
    }

    /** The method's binding, or null if it carries neither annotation. */
    static NativeBinding read(MethodNode method, Site site) {
        NativeBinding binding = null;
        for (AnnotationNode a : annotations(method)) {
            NativeBinding b = switch (a.desc) {
                case IMPORT -> new NativeBinding.HostImport(element(a, "module", site), element(a, "name", site));
                case INTRINSIC -> new NativeBinding.Intrinsic(element(a, "value", site));
                default -> null;
            };
            if (b == null) continue;
            if (binding != null) {
                throw new CompileError(site.error("native method carries more than one of @Import and @Intrinsic"));
            }
            binding = b;
        }
        return binding;
    }

    private static List<AnnotationNode> annotations(MethodNode method) {
        List<AnnotationNode> annotations = new ArrayList<>();
        if (method.invisibleAnnotations != null) annotations.addAll(method.invisibleAnnotations);
        if (method.visibleAnnotations != null) annotations.addAll(method.visibleAnnotations);
        return annotations;
    }

    private static String element(AnnotationNode a, String name, Site site) {
        Map<String, Object> values = new HashMap<>();
        if (a.values != null) {
            for (int i = 0; i + 1 < a.values.size(); i += 2) values.put((String) a.values.get(i), a.values.get(i + 1));
        }
        if (values.get(name) instanceof String s) return s;
        String simpleName = a.desc.substring(a.desc.lastIndexOf('/') + 1, a.desc.length() - 1);
        throw new CompileError(site.error("@" + simpleName + " needs a string element '" + name + "'"));
    }
}
