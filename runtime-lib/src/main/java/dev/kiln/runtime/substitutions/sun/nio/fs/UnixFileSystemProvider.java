package dev.kiln.runtime.substitutions.sun.nio.fs;

import dev.kiln.runtime.LinuxErrno;
import dev.kiln.runtime.Substitute;
import java.io.IOException;
import java.nio.file.NotLinkException;
import java.nio.file.Path;

/**
 * {@code readSymbolicLink} without the security manager's check, which a Kiln program never has (JDK 24 removed it):
 * the check makes a {@code java.io.FilePermission}, whose initializer reads a system property through
 * {@code AccessController} and so brings, in a closed world, {@code java.security.Security} and {@code java.net.URL}
 * with their reflection. The rest is the JDK's: the link's contents as a path, a path that is no link a
 * {@code NotLinkException}.
 */
final class UnixFileSystemProvider {
    private UnixFileSystemProvider() {
    }

    @Substitute(maxJdk = 23)
    public Path readSymbolicLink(Path obj1) throws IOException {
        UnixPath link = UnixPath.toUnixPath(obj1);
        try {
            return (Path) (Object) new UnixPath(link.getFileSystem(), UnixNativeDispatcher.readlink(link));
        } catch (UnixException x) {
            if (x.errno() == LinuxErrno.EINVAL) {
                throw new NotLinkException(link.getPathForExceptionMessage());
            }
            x.rethrowAsIOException(link);
            return null;
        }
    }
}
