package dev.kiln.compiler.engine;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.Memory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotLinkException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Replacements for Chicory 1.7.5's WASI host functions where it reports the wrong error, so that a program sees on
 * Chicory what it sees on Node and Wasmtime (and Linux). Kiln's runtime resolves every path relative to the one
 * preopened directory, descriptor 3 ({@code WasmEngine.run}'s {@code dir}), so the fixes apply to paths there.
 *
 * <ul>
 *   <li>{@code path_rename} moves with {@code COPY_ATTRIBUTES} and {@code ATOMIC_MOVE} together, which the JDK's file
 *       system rejects, so every rename fails with {@code ENOTSUP}: the replacement renames as {@code rename(2)} does
 *       (an atomic move that replaces an existing file or empty directory) and reports its errors.</li>
 *   <li>A path through a file ({@code file/x}) makes the JDK throw a {@code FileSystemException} "Not a directory",
 *       which Chicory reports as {@code EIO}: after any path function fails with {@code EIO}, a path whose parent
 *       chain reaches an existing non-directory gets {@code ENOTDIR}, as on Linux.</li>
 *
 *   <li>{@code path_symlink} stores the link's target as an absolute host path, and {@code path_readlink} returns
 *       only the last name of a link's contents: the replacements store and return the contents as given, as
 *       {@code symlink(2)} and {@code readlink(2)} do.</li>
 * </ul>
 *
 * Symbolic links Chicory follows relative to the working directory instead of the link's directory; Kiln's runtime
 * resolves a path's final link itself (docs/RUNTIME-CONTRACT.md, "Files"), so that needs no fix here.
 */
final class ChicoryWasiFixes {
    private static final int EEXIST = 20;
    private static final int EINVAL = 28;
    private static final int EIO = 29;
    private static final int EISDIR = 31;
    private static final int ENOENT = 44;
    private static final int ENOTDIR = 54;
    private static final int ENOTEMPTY = 55;
    private static final int EPERM = 63;
    private static final int ENOTCAPABLE = 76;
    private static final int PREOPENED = 3;

    /**
     * For each path function: the argument indexes of (directory descriptor, path address, path length), one triple
     * per path it takes.
     */
    private static final Map<String, int[]> PATH_ARGUMENTS = Map.of(
            "path_create_directory", new int[] {0, 1, 2},
            "path_filestat_get", new int[] {0, 2, 3},
            "path_filestat_set_times", new int[] {0, 2, 3},
            "path_link", new int[] {0, 2, 3, 4, 5, 6},
            "path_open", new int[] {0, 2, 3},
            "path_readlink", new int[] {0, 1, 2},
            "path_remove_directory", new int[] {0, 1, 2},
            "path_symlink", new int[] {2, 3, 4},
            "path_unlink_file", new int[] {0, 1, 2});

    private ChicoryWasiFixes() {
    }

    /** {@code function} as Kiln runs it in the working directory {@code root} (absolute, normalized). */
    static HostFunction fix(HostFunction function, Path root) {
        if (function.name().equals("path_rename")) {
            return pathRename(function, root);
        }
        if (function.name().equals("path_symlink")) {
            return pathSymlink(function, root);
        }
        if (function.name().equals("path_readlink")) {
            return pathReadlink(function, root);
        }
        int[] paths = PATH_ARGUMENTS.get(function.name());
        if (paths == null) {
            return function;
        }
        return new HostFunction(function.module(), function.name(), function.functionType(), (instance, args) -> {
            long[] result = function.handle().apply(instance, args);
            if (result != null && result.length == 1 && result[0] == EIO) {
                for (int i = 0; i < paths.length; i += 3) {
                    if (args[paths[i]] == PREOPENED && throughNonDirectory(root, path(instance.memory(), args,
                            paths[i + 1], paths[i + 2], root))) {
                        return new long[] {ENOTDIR};
                    }
                }
            }
            return result;
        });
    }

    private static Path path(Memory memory, long[] args, int address, int length, Path root) {
        return root.resolve(memory.readString((int) args[address], (int) args[length])).normalize();
    }

    /** Whether a directory on the way to {@code path} (inside {@code root}) is an existing file of another kind. */
    private static boolean throughNonDirectory(Path root, Path path) {
        for (Path p = path.getParent(); p != null && p.startsWith(root) && !p.equals(root); p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                return true;
            }
        }
        return false;
    }

    private static HostFunction pathRename(HostFunction original, Path root) {
        return new HostFunction(original.module(), original.name(), original.functionType(), (instance, args) -> {
            Path from = path(instance.memory(), args, 1, 2, root);
            Path to = path(instance.memory(), args, 4, 5, root);
            long errno;
            if (args[0] != PREOPENED || args[3] != PREOPENED || !from.startsWith(root) || !to.startsWith(root)) {
                errno = ENOTCAPABLE;
            } else {
                try {
                    Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    errno = 0;
                } catch (IOException e) {
                    errno = throughNonDirectory(root, from) || throughNonDirectory(root, to) ? ENOTDIR : errno(e);
                }
            }
            return new long[] {errno};
        });
    }

    /**
     * {@code path_symlink(old_path, old_path_len, fd, new_path, new_path_len)} with the link's contents as given:
     * Chicory stores the target resolved to an absolute host path, which then reads back through
     * {@code path_readlink} as a host path and breaks when the directory moves.
     */
    private static HostFunction pathSymlink(HostFunction original, Path root) {
        return new HostFunction(original.module(), original.name(), original.functionType(), (instance, args) -> {
            String target = instance.memory().readString((int) args[0], (int) args[1]);
            Path link = path(instance.memory(), args, 3, 4, root);
            long errno;
            if (args[2] != PREOPENED || !link.startsWith(root)) {
                errno = ENOTCAPABLE;
            } else {
                try {
                    Files.createSymbolicLink(link, Path.of(target));
                    errno = 0;
                } catch (IOException e) {
                    errno = throughNonDirectory(root, link) ? ENOTDIR : errno(e);
                }
            }
            return new long[] {errno};
        });
    }

    /**
     * {@code path_readlink(fd, path, path_len, buf, buf_len, bufused)} with the link's whole contents: Chicory
     * returns only their last name ({@code sub/t.txt} as {@code t.txt}). At most {@code buf_len} bytes are stored,
     * as {@code readlink(2)} truncates.
     */
    private static HostFunction pathReadlink(HostFunction original, Path root) {
        return new HostFunction(original.module(), original.name(), original.functionType(), (instance, args) -> {
            Path link = path(instance.memory(), args, 1, 2, root);
            long errno;
            if (args[0] != PREOPENED || !link.startsWith(root)) {
                errno = ENOTCAPABLE;
            } else {
                try {
                    byte[] target = Files.readSymbolicLink(link).toString().getBytes(StandardCharsets.UTF_8);
                    int n = Math.min(target.length, (int) args[4]);
                    instance.memory().write((int) args[3], target, 0, n);
                    instance.memory().writeI32((int) args[5], n);
                    errno = 0;
                } catch (NotLinkException e) {
                    errno = EINVAL;
                } catch (IOException e) {
                    errno = throughNonDirectory(root, link) ? ENOTDIR : errno(e);
                }
            }
            return new long[] {errno};
        });
    }

    /** The WASI errno for what the JDK threw, from its exception class or Linux's {@code strerror} text. */
    static int errno(IOException e) {
        if (e instanceof NoSuchFileException) {
            return ENOENT;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return ENOTEMPTY;
        }
        if (e instanceof FileAlreadyExistsException) {
            return EEXIST;
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return switch (fse.getReason()) {
                case "Not a directory" -> ENOTDIR;
                case "Is a directory" -> EISDIR;
                case "Directory not empty" -> ENOTEMPTY;
                case "Invalid argument" -> EINVAL;
                case "File exists" -> EEXIST;
                case "Operation not permitted" -> EPERM;
                default -> EIO;
            };
        }
        return EIO;
    }
}
