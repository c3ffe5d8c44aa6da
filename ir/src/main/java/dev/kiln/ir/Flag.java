package dev.kiln.ir;

/** Access and property flags of classes, fields and methods, as in the class file. */
public enum Flag {
    PUBLIC, PRIVATE, PROTECTED, STATIC, FINAL, SYNCHRONIZED, VOLATILE, TRANSIENT, NATIVE, ABSTRACT,
    INTERFACE, ENUM, RECORD, ANNOTATION, SYNTHETIC, BRIDGE, VARARGS;

    public String mnemonic() { return name().toLowerCase(java.util.Locale.ROOT); }
}
