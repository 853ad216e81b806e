package vn.tinradar.deploy.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Standard output and error as UTF-8, whatever the platform's locale, so Vietnamese prints correctly. */
final class Console {

    private static final PrintStream OUT =
            new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    private static final PrintStream ERR =
            new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);

    private Console() {
    }

    static PrintStream out() {
        return OUT;
    }

    static PrintStream err() {
        return ERR;
    }
}
