package arrays;

import java.lang.reflect.Array;
import java.util.Arrays;

/**
 * Array.newInstance from Class objects the program reaches without ever allocating the array type itself:
 * the component of an array class literal (Arrays.copyOf(a, n, Number[].class), which creates a Number[]
 * although no Number[] exists before), components of components of a nested literal, a class literal of an
 * element class, and arrays' own getClass(). Kiln makes each array type from the module's array types and
 * class literals; a missing one would be an InternalError instead of the JVM's array.
 */
public class ArraysFromClassObjects {
    interface Shape {}

    record Square(int side) implements Shape {}

    public static void main(String[] args) {
        Integer[] ints = {3, 1, 2};
        Number[] numbers = Arrays.copyOf(ints, 5, Number[].class);
        numbers[3] = 2.5;
        System.out.println(numbers.getClass().getName() + " " + Arrays.toString(numbers));
        Object[] objects = Arrays.copyOfRange(ints, 1, 3, Object[].class);
        objects[0] = "any";
        System.out.println(objects.getClass().getName() + " " + Arrays.toString(objects));
        try {
            Object[] asStrings = Arrays.copyOf(new Object[] {"a", 1}, 2, String[].class);
            System.out.println("copied " + asStrings.length);
        } catch (ArrayStoreException e) {
            System.out.println("store check " + e.getClass().getName() + ": " + e.getMessage());
        }
        Shape[] shapes = Arrays.copyOf(new Square[] {new Square(2)}, 2, Shape[].class);
        System.out.println(shapes.getClass().getSimpleName() + " " + Arrays.toString(shapes));

        Class<?> deep = CharSequence[][][].class;
        Object level2 = Array.newInstance(deep.getComponentType(), 2);
        Object level1 = Array.newInstance(deep.getComponentType().getComponentType(), 3);
        Object level0 = Array.newInstance(deep.getComponentType().getComponentType().getComponentType(), 4);
        System.out.println(level2.getClass().getName() + " " + Array.getLength(level2) + ", " + level1.getClass().getName()
                + " " + Array.getLength(level1) + ", " + level0.getClass().getName() + " " + Array.getLength(level0));
        CharSequence[][][] cube = (CharSequence[][][]) level2;
        CharSequence[][] grid = (CharSequence[][]) level1;
        cube[1] = grid;
        grid[2] = (CharSequence[]) level0;
        grid[2][1] = "cell";
        System.out.println(Arrays.deepToString(cube));

        Object longs = Array.newInstance(long[].class.getComponentType(), 3);
        Object rows = Array.newInstance(double[][].class.getComponentType(), 2);
        System.out.println(longs.getClass().getSimpleName() + " " + Arrays.toString((long[]) longs) + " "
                + rows.getClass().getSimpleName() + " " + Arrays.deepToString((Object[]) rows));
        Object fromElementLiteral = Array.newInstance(Runnable.class, 1);
        Object fromInstance = Array.newInstance(new int[2][3].getClass().getComponentType(), 2);
        System.out.println(fromElementLiteral.getClass().getName() + " " + fromInstance.getClass().getName() + " "
                + Arrays.deepToString((Object[]) fromInstance));
        try {
            Array.newInstance(Number[].class.getComponentType(), -1);
        } catch (NegativeArraySizeException e) {
            System.out.println("negative " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            Array.newInstance(void.class, 1);
        } catch (IllegalArgumentException e) {
            System.out.println("void " + e.getClass().getName());
        }
    }
}
