package vn.tinradar.deploy.cli;

import java.io.PrintStream;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Mixin;
import vn.tinradar.deploy.config.Settings;
import vn.tinradar.deploy.process.TinRadarProcess;
import vn.tinradar.deploy.process.TinRadarProcess.Role;

/** Shared body of {@code run}, {@code ingest}, {@code analyze} and {@code alerts}: start, then wait for Ctrl-C. */
abstract class ServeCommand implements Callable<Integer> {

    @Mixin
    ProcessOptions options;

    abstract Set<Role> roles();

    boolean demo() {
        return false;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintStream out = Console.out();
        // the address and the peer secret differ per instance or are secrets: the command line and the
        // environment may set them over the shared config file
        Settings settings = Settings.load(options.config).withPeering(options.advertisedHost,
                System.getenv("TINRADAR_PEER_SECRET"));
        TinRadarProcess process = new TinRadarProcess(settings, new TinRadarProcess.Options(options.dataDir,
                options.port, options.bootstrap, options.sources, demo(), EnumSet.copyOf(roles()),
                System.getenv("TINRADAR_ADMIN_PASSWORD")));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            process.close();
            stopped.countDown();
        }, "tinradar-shutdown"));
        try {
            process.start();
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
        process.printWelcome(out);
        stopped.await();
        return 0;
    }
}
