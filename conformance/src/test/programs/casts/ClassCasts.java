package casts;

/** instanceof and checkcast against classes along a hierarchy, with null, and with pattern variables. */
public class ClassCasts {
    static class Vehicle {
        String id() { return "vehicle"; }
    }

    static class Car extends Vehicle {
        @Override String id() { return "car"; }
        int doors() { return 4; }
    }

    static class SportsCar extends Car {
        @Override String id() { return "sports"; }
        @Override int doors() { return 2; }
    }

    static final class Bike extends Vehicle {
        @Override String id() { return "bike"; }
    }

    static String probe(Object o) {
        return (o instanceof Vehicle ? "V" : "-") + (o instanceof Car ? "C" : "-") + (o instanceof SportsCar ? "S" : "-")
                + (o instanceof Bike ? "B" : "-") + (o instanceof String ? "T" : "-");
    }

    static int doorsOf(Object o) {
        if (o instanceof Car car) {
            return car.doors();
        }
        return -1;
    }

    public static void main(String[] args) {
        Object[] things = {new Vehicle(), new Car(), new SportsCar(), new Bike(), "text", null, Integer.valueOf(3)};
        for (Object o : things) {
            System.out.println(probe(o) + " doors=" + doorsOf(o));
        }
        Vehicle v = new SportsCar();
        Car c = (Car) v;
        SportsCar s = (SportsCar) c;
        Object back = s;
        Vehicle again = (Vehicle) back;
        System.out.println(c.id() + " " + s.doors() + " " + again.id());
        Object nothing = null;
        Car nullCar = (Car) nothing;
        String nullString = (String) nothing;
        System.out.println((nullCar == null) + " " + nullString + " " + (nothing instanceof Object));
        int cars = 0;
        for (Object o : things) {
            if (o instanceof Car && ((Car) o).doors() > 3) cars++;
        }
        System.out.println("four-door cars " + cars);
        Object str = "pattern";
        if (str instanceof String t && t.length() > 3) {
            System.out.println(t.toUpperCase());
        }
        if (!(str instanceof Integer i)) {
            System.out.println("not an Integer");
        } else {
            System.out.println(i + 1);
        }
        Number n = Integer.valueOf(12);
        Object on = n;
        System.out.println((on instanceof Number) + " " + (on instanceof Integer) + " " + (on instanceof Long) + " "
                + (on instanceof Comparable));
        Integer ii = (Integer) on;
        System.out.println(ii + 1);
    }
}
