package vn.tinradar.deploy;

import vn.tinradar.deploy.cli.Commands;

/** Entry point of {@code tinradar.jar}: hands the arguments to the command line of {@link Commands}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Commands.execute(args));
    }
}
