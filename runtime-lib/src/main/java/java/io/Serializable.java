package java.io;

/** Marks classes whose instances may be serialized; Kiln has no serialization, only the type. */
public interface Serializable {
}
