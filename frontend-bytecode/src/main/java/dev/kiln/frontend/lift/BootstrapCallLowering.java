package dev.kiln.frontend.lift;

import dev.kiln.frontend.indy.SyntheticCall;
import dev.kiln.frontend.indy.SyntheticClasses;
import dev.kiln.ir.InvokeKind;
import dev.kiln.ir.MethodSig;
import dev.kiln.ir.Value;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;

/**
 * Lowers an invokedynamic whose bootstrap Kiln links at compile time (lambdas, record methods, pattern
 * switches: see {@link SyntheticClasses}) to an ordinary use of the call site's synthetic class: for a lambda,
 * {@code new} of the proxy class and its constructor with the captured values (the result is the new object),
 * or, if it captures nothing, a read of the proxy's static field holding its only instance; otherwise a static
 * call with the call site's own arguments and result. The class model finds the synthetic class by name like any
 * other, so resolution, initialisation and reachability need nothing more.
 */
final class BootstrapCallLowering {
    private final ClassNode host;
    private final MemberAccess members;

    BootstrapCallLowering(ClassNode host, MemberAccess members) {
        this.host = host;
        this.members = members;
    }

    /** The call site's result, for {@code args} (the call site's arguments). */
    Value lower(InvokeDynamicInsnNode n, List<Value> args, Site site) {
        SyntheticCall call = SyntheticClasses.call(host, InsnCopies.original(n));
        return switch (call.form()) {
            case SINGLETON -> members.getStatic(new FieldInsnNode(Opcodes.GETSTATIC, call.className().replace('.', '/'),
                    SyntheticCall.INSTANCE, call.descriptor()), site);
            case STATIC_METHOD -> members.invoke(InvokeKind.STATIC, call.className(), SyntheticCall.INVOKE,
                    MethodSig.fromDescriptor(call.descriptor()), false, args, true, site);
            case NEW_INSTANCE -> newInstance(call, args, site);
        };
    }

    private Value newInstance(SyntheticCall call, List<Value> args, Site site) {
        MethodSig sig = MethodSig.fromDescriptor(call.descriptor());
        Value proxy = members.newObject(call.className(), site);
        List<Value> withReceiver = new ArrayList<>(args.size() + 1);
        withReceiver.add(proxy);
        withReceiver.addAll(args);
        members.invoke(InvokeKind.SPECIAL, call.className(), "<init>", sig, false, withReceiver, false, site);
        return proxy;
    }
}
