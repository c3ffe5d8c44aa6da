package dev.kiln.runtime.substitutions.sun.nio.fs;

import dev.kiln.runtime.Substitute;
import java.io.IOException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttributeView;

/**
 * The attribute views of the default file system on Kiln: {@code basic} alone. WASI has no permission bits, owners,
 * DOS attributes or extended attributes, so the JDK's {@code posix}, {@code unix}, {@code owner}, {@code dos} and
 * {@code user} views are not offered, and what asks for one behaves as on a JDK file system without it: a view of
 * that class is null (so {@code Files.getPosixFilePermissions}, {@code setPosixFilePermissions}, {@code getOwner}
 * and {@code setOwner} throw {@code UnsupportedOperationException}), {@code readAttributes} of
 * {@code PosixFileAttributes} or {@code DosFileAttributes} throws {@code UnsupportedOperationException}, and an
 * attribute string naming another view {@code "View 'posix' not available"}. The basic view is the JDK's own.
 */
final class LinuxFileSystemProvider {
    private LinuxFileSystemProvider() {
    }

    @Substitute
    @SuppressWarnings("unchecked")
    public <V extends FileAttributeView> V getFileAttributeView(Path obj, Class<V> type, LinkOption... options) {
        UnixPath file = UnixPath.toUnixPath(obj);
        boolean followLinks = Util.followLinks(options);
        if (type == BasicFileAttributeView.class) {
            return (V) (Object) UnixFileAttributeViews.createBasicView(file, followLinks);
        }
        if (type == null) {
            throw new NullPointerException();
        }
        return null;
    }

    @Substitute
    public DynamicFileAttributeView getFileAttributeView(Path obj, String name, LinkOption... options) {
        UnixPath file = UnixPath.toUnixPath(obj);
        boolean followLinks = Util.followLinks(options);
        if (name.equals("basic")) {
            return (DynamicFileAttributeView) (Object) UnixFileAttributeViews.createBasicView(file, followLinks);
        }
        return null;
    }

    @Substitute
    @SuppressWarnings("unchecked")
    public <A extends BasicFileAttributes> A readAttributes(Path file, Class<A> type, LinkOption... options)
            throws IOException {
        if (type == BasicFileAttributes.class) {
            return (A) getFileAttributeView(file, BasicFileAttributeView.class, options).readAttributes();
        }
        if (type == null) {
            throw new NullPointerException();
        }
        throw new UnsupportedOperationException();
    }
}
