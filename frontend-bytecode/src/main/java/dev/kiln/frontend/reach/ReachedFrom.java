package dev.kiln.frontend.reach;

import dev.kiln.frontend.lift.Site;
import dev.kiln.frontend.model.MethodInfo;
import dev.kiln.ir.SourcePos;

/**
 * Why something became reachable: the method whose code reached it and the instruction that did, so an
 * error deep in the program can print the call chain from {@code main} that led there. Roots have no
 * caller; their site has no location.
 */
record ReachedFrom(MethodInfo caller, Site site) {
    static final ReachedFrom ROOT = new ReachedFrom(null, new Site(null, null, null, SourcePos.NONE));
}
