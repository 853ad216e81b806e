package vn.tinradar.deploy.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Standard output and error as UTF-8, whatever the platform's locale, so Vietnamese prints correctly. */
final class Console {

    private static volatile PrintStream out =
            new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    private static volatile PrintStream err =
            new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);

    private Console() {
    }

    static PrintStream out() {
        return out;
    }

    static PrintStream err() {
        return err;
    }

    /** For tests only: what a command prints goes to these streams from now on. */
    static void use(PrintStream newOut, PrintStream newErr) {
        out = newOut;
        err = newErr;
    }
}
