package dev.kiln.ir.text;

import java.util.List;

/**
 * Comment lines to print right under an element of a listing, as {@code ; <note>} at the element's
 * indentation. The elements are the function (its header line), each {@link dev.kiln.ir.Block} (its
 * label), {@link dev.kiln.ir.Handler}, {@link dev.kiln.ir.Phi} and {@link dev.kiln.ir.Instruction}.
 * The verifier uses this to show each error under the line it is about.
 */
@FunctionalInterface
public interface LineNotes {
    LineNotes NONE = element -> List.of();

    List<String> under(Object element);
}
