package dev.kiln.frontend.lift;

import dev.kiln.ir.Diagnostic;
import dev.kiln.ir.SourcePos;

/**
 * Where in the input something happens: the class file's source file (or class file name), the class,
 * the method (name and signature in IR text form) and the position. Every diagnostic the frontend reports
 * is built from a Site.
 */
public record Site(String file, String className, String method, SourcePos pos) {
    public Diagnostic error(String message) {
        return Diagnostic.error(file, className, method, pos == null ? SourcePos.NONE : pos, message);
    }

    public Site at(SourcePos newPos) {
        return new Site(file, className, method, newPos);
    }
}
