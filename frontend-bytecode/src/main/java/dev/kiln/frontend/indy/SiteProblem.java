package dev.kiln.frontend.indy;

/**
 * Why a call site of a bootstrap Kiln links cannot be linked: malformed bootstrap arguments, or a use of the
 * bootstrap Kiln does not implement. The message becomes the call site's diagnostic.
 */
final class SiteProblem extends RuntimeException {
    SiteProblem(String message) {
        super(message, null, false, false);
    }
}
