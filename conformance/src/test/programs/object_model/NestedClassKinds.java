package object_model;

/**
 * What a Class object tells about nesting: member, local and anonymous classes (isMemberClass,
 * isLocalClass, isAnonymousClass), the class a member class is declared in (getDeclaringClass), and the
 * flags of interfaces, enums and synthetic classes.
 */
public class NestedClassKinds {
    static class StaticMember {
        interface InnerInterface {
        }
    }

    class InnerMember {
    }

    interface Callback {
        Object make();
    }

    static void show(String label, Class<?> c) {
        Class<?> declaring = c.getDeclaringClass();
        System.out.println(label + ": member " + c.isMemberClass() + ", local " + c.isLocalClass() + ", anonymous "
                + c.isAnonymousClass() + ", declared in " + (declaring == null ? "null" : declaring.getSimpleName())
                + ", interface " + c.isInterface() + ", enum " + c.isEnum() + ", synthetic " + c.isSynthetic());
    }

    public static void main(String[] args) {
        show("top-level", NestedClassKinds.class);
        show("static member", StaticMember.class);
        show("member interface", StaticMember.InnerInterface.class);
        show("inner member", InnerMember.class);
        show("callback", Callback.class);
        class Local {
            class LocalMember {
            }
        }
        show("local", Local.class);
        show("member of local", Local.LocalMember.class);
        Callback anonymous = new Callback() {
            public Object make() {
                class LocalInAnonymous {
                }
                return new LocalInAnonymous();
            }
        };
        show("anonymous", anonymous.getClass());
        show("local in anonymous", anonymous.make().getClass());
        show("array of member", StaticMember[].class);
        show("array of interface", Callback[].class);
        show("primitive", int.class);
        System.out.println("outer of outer: " + StaticMember.InnerInterface.class.getDeclaringClass().getDeclaringClass().getName());
        NestedClassKinds outer = new NestedClassKinds();
        InnerMember inner = outer.new InnerMember();
        System.out.println("inner instance class: " + inner.getClass().getName() + " " + inner.getClass().getSimpleName());
    }
}
