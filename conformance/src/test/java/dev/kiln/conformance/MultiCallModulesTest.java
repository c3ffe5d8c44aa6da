package dev.kiln.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the programs of an area are split into multi-call modules: never two class files of one name in a module. */
class MultiCallModulesTest {
    @Test
    void programsThatWouldShareAClassFileGoToSeparateModules() {
        Map<String, Set<String>> files = Map.of(
                "A", Set.of("area/A.class", "area/Node.class"),
                "B", Set.of("area/B.class", "area/B$Inner.class"),
                "C", Set.of("area/C.class", "area/Node.class"),
                "D", Set.of("area/D.class", "area/Node.class"),
                "E", Set.of("area/E.class"));
        assertEquals(List.of(List.of("A", "B", "E"), List.of("C"), List.of("D")),
                MultiCallModules.partition(List.of("A", "B", "C", "D", "E"), files::get));
        assertEquals(List.of(List.of("B", "E")), MultiCallModules.partition(List.of("B", "E"), files::get));
        assertEquals(List.of(), MultiCallModules.partition(List.<String>of(), files::get));
    }
}
