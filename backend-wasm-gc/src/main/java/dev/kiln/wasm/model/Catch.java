package dev.kiln.wasm.model;

/**
 * A {@code try_table} catch clause: {@code catch tag label}, {@code catch_ref tag label},
 * {@code catch_all label} or {@code catch_all_ref label} ({@code tag} null for the catch_all forms).
 * {@code label} is a relative branch depth resolved in the context <em>around</em> the try_table, as the
 * exception-handling spec defines: 0 is the innermost block enclosing the try_table, not the try_table.
 */
public record Catch(Kind kind, Tag tag, int label) {
    public enum Kind {
        CATCH(0x00), CATCH_REF(0x01), CATCH_ALL(0x02), CATCH_ALL_REF(0x03);

        public final int code;

        Kind(int code) { this.code = code; }
    }
}
