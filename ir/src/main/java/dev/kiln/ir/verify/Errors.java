package dev.kiln.ir.verify;

import java.util.ArrayList;
import java.util.List;

/** Collects errors in the order the checks find them, which is the order the listing shows them in. */
final class Errors {
    private final List<VerifierError> list = new ArrayList<>();

    void add(Object element, String message) {
        list.add(new VerifierError(element, message));
    }

    List<VerifierError> list() {
        return List.copyOf(list);
    }
}
