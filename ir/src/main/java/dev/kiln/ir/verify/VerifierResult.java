package dev.kiln.ir.verify;

import dev.kiln.ir.Function;
import dev.kiln.ir.text.IrPrinter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** What {@link IrVerifier} found in one function. */
public final class VerifierResult {
    private final Function function;
    private final List<VerifierError> errors;

    VerifierResult(Function function, List<VerifierError> errors) {
        this.function = function;
        this.errors = errors;
    }

    public Function function() { return function; }

    public List<VerifierError> errors() { return errors; }

    public boolean isValid() { return errors.isEmpty(); }

    /**
     * The function's listing with every error printed right under the line it is about, as
     * {@code ; error: <message>} at that line's indentation.
     */
    public String render() {
        Map<Object, List<String>> byElement = new IdentityHashMap<>();
        for (VerifierError e : errors) byElement.computeIfAbsent(e.element(), k -> new ArrayList<>()).add("error: " + e.message());
        return IrPrinter.print(function, element -> byElement.getOrDefault(element, List.of()));
    }
}
