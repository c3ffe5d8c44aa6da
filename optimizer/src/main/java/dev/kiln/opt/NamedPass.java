package dev.kiln.opt;

/**
 * A pass as the pipeline registers it: a name for command-line switches such as
 * {@code --dump-ir-after=NAME} and test directories, and a one-line description for
 * {@code --print-passes}.
 */
public record NamedPass(String name, String description, Pass pass) {
    public NamedPass {
        if (!name.matches("[a-z][a-z0-9-]*")) throw new IllegalArgumentException("pass names are kebab-case: " + name);
    }
}
