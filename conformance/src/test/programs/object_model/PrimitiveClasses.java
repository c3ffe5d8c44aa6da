package object_model;

/**
 * Class objects of the primitive types and void: int.class is Integer.TYPE (javac compiles the literal to
 * that field) and the component type of int[]; each is distinct from its box's class.
 */
public class PrimitiveClasses {
    static Class<?> component(Object array) {
        return array.getClass().getComponentType();
    }

    static void show(Class<?> primitive, Class<?> box, Object array) {
        System.out.println(primitive + " " + primitive.getName() + " primitive " + primitive.isPrimitive()
                + ", box " + box.getName() + " primitive " + box.isPrimitive()
                + ", same as component " + (component(array) == primitive)
                + ", box differs " + (primitive != box)
                + ", array " + primitive.isArray() + ", interface " + primitive.isInterface()
                + ", super " + primitive.getSuperclass());
    }

    public static void main(String[] args) {
        show(int.class, Integer.class, new int[0]);
        show(long.class, Long.class, new long[0]);
        show(short.class, Short.class, new short[0]);
        show(byte.class, Byte.class, new byte[0]);
        show(char.class, Character.class, new char[0]);
        show(boolean.class, Boolean.class, new boolean[0]);
        show(float.class, Float.class, new float[0]);
        show(double.class, Double.class, new double[0]);
        System.out.println(void.class + " " + void.class.isPrimitive() + " " + (void.class == Void.TYPE) + " "
                + Void.class.getName() + " " + Void.class.isPrimitive());
        System.out.println("TYPE fields: " + (Integer.TYPE == int.class) + " " + (Long.TYPE == long.class) + " "
                + (Short.TYPE == short.class) + " " + (Byte.TYPE == byte.class) + " " + (Character.TYPE == char.class)
                + " " + (Boolean.TYPE == boolean.class) + " " + (Float.TYPE == float.class) + " "
                + (Double.TYPE == double.class));
        Class<?>[] all = {int.class, long.class, short.class, byte.class, char.class, boolean.class, float.class,
            double.class, void.class};
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            boolean unique = true;
            for (int j = 0; j < i; j++) {
                if (all[i] == all[j]) unique = false;
            }
            if (unique) distinct++;
        }
        System.out.println("distinct: " + distinct);
        System.out.println("int[][] component's component: " + (int[][].class.getComponentType().getComponentType() == int.class));
        System.out.println("simple names: " + int.class.getSimpleName() + " " + double[].class.getSimpleName() + " "
                + void.class.getTypeName());
        System.out.println("assignable: " + int.class.isAssignableFrom(int.class) + " " + long.class.isAssignableFrom(int.class)
                + " " + Object.class.isAssignableFrom(int.class) + " " + Integer.class.isAssignableFrom(int.class));
        System.out.println("not enum, not record: " + int.class.isEnum() + " " + int.class.isRecord() + " " + int.class.isAnonymousClass());
    }
}
