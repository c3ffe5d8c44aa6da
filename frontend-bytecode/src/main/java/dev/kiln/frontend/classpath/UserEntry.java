package dev.kiln.frontend.classpath;

import java.util.List;

/** A class path entry the user gave (directory or jar): its classes can be listed to find {@code main}. */
interface UserEntry extends ClassSource {
    /** Internal names of every class the entry holds, sorted. */
    List<String> classNames();

    /**
     * True for a {@code .class} file that can hold a class: {@code module-info} and {@code package-info}
     * are class files too, but their hyphen keeps them out of any class's name.
     */
    static boolean isClassFileName(String relativePath) {
        return relativePath.endsWith(".class") && relativePath.indexOf('-') < 0;
    }

    static String internalName(String classFilePath) {
        return classFilePath.substring(0, classFilePath.length() - ".class".length());
    }
}
