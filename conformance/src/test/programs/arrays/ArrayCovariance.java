package arrays;

/** Reference arrays are covariant: a String[] is an Object[]; stores of compatible values and aastore checks that pass. */
public class ArrayCovariance {
    static class Animal {
        String name() { return "animal"; }
    }

    static class Cat extends Animal {
        @Override String name() { return "cat"; }
    }

    static int countNonNull(Object[] arr) {
        int n = 0;
        for (Object o : arr) if (o != null) n++;
        return n;
    }

    static void fill(Object[] arr, Object v) {
        for (int i = 0; i < arr.length; i++) arr[i] = v;
    }

    public static void main(String[] args) {
        String[] strings = {"x", null, "z"};
        Object[] objects = strings;
        System.out.println(countNonNull(objects) + " " + (objects == strings));
        objects[1] = "y";
        System.out.println(strings[1]);
        fill(objects, "same");
        System.out.println(String.join("+", strings));
        Cat[] cats = new Cat[2];
        Animal[] animals = cats;
        animals[0] = new Cat();
        animals[1] = null;
        System.out.println(animals[0].name() + " " + cats[0].name() + " " + cats[1]);
        Object[][] matrix = new String[2][2];
        matrix[0] = new String[]{"a", "b"};
        System.out.println(matrix[0][1] + " " + (matrix instanceof String[][]) + " " + (matrix[1] instanceof String[]));
        Object o = new int[]{1, 2, 3};
        int[] back = (int[]) o;
        System.out.println(back[2] + " " + (o instanceof int[]) + " " + (o instanceof Object[]));
        Object[] mixed = new Object[4];
        mixed[0] = strings;
        mixed[1] = cats;
        mixed[2] = new int[0];
        mixed[3] = mixed;
        StringBuilder sb = new StringBuilder();
        for (Object m : mixed) {
            sb.append(m instanceof Object[] ? "O" : "-").append(m instanceof String[] ? "S" : "-")
                    .append(m instanceof Animal[] ? "A" : "-").append(m instanceof int[] ? "I" : "-").append(' ');
        }
        System.out.println(sb);
        Comparable<?>[] comps = new String[]{"k"};
        CharSequence[] seqs = (CharSequence[]) comps;
        System.out.println(seqs[0].length() + " " + (comps instanceof CharSequence[]));
    }
}
