package kz.praktika.standin;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * Development stand-in for MongoDB: mongo-java-server on 127.0.0.1.
 *
 * <p>Usage: {@code StandIn <port> [h2-file-path]}. Port 0 lets the OS pick a free port. Without a
 * path the data lives in memory; with a path it is kept in an H2 MVStore file (not durable: the
 * last writes are lost on a hard kill). Prints {@code READY <port>} once listening, and exits when
 * stdin reaches end-of-file (the parent went away) or on SIGTERM/SIGINT.
 */
public final class StandIn {

    /** Reported to clients so that current drivers (wire version >= 9) accept the server. */
    private static final class Version7 implements MongoVersion {
        @Override
        public List<Integer> getVersionArray() {
            return List.of(7, 0, 0);
        }

        @Override
        public String toVersionString() {
            return "7.0.0";
        }

        @Override
        public int getWireVersion() {
            return 21;
        }
    }

    private StandIn() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: StandIn <port> [h2-file-path]");
            System.exit(2);
        }
        int port;
        try {
            port = Integer.parseInt(args[0]);
        } catch (NumberFormatException e) {
            System.err.println("invalid port: " + args[0]);
            System.exit(2);
            return;
        }

        MongoBackend backend;
        try {
            backend = args.length == 2 ? new H2Backend(args[1]) : new MemoryBackend();
        } catch (RuntimeException e) {
            System.err.println("could not open " + (args.length == 2 ? args[1] : "the memory backend") + ": "
                    + e.getMessage() + " (is another instance using it?)");
            System.exit(1);
            return;
        }
        backend.version(new Version7());
        MongoServer server = new MongoServer(backend);

        AtomicBoolean stopped = new AtomicBoolean(false);
        CountDownLatch done = new CountDownLatch(1);
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                try {
                    server.shutdown();
                } catch (RuntimeException e) {
                    System.err.println("shutdown failed: " + e);
                } finally {
                    done.countDown();
                }
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "stand-in-shutdown"));

        try {
            server.bind(new InetSocketAddress("127.0.0.1", port));
        } catch (RuntimeException e) {
            System.err.println("could not listen on 127.0.0.1:" + port + ": " + e.getMessage());
            System.exit(1);
        }

        Thread stdinWatcher = new Thread(() -> {
            InputStream in = System.in;
            byte[] buffer = new byte[256];
            try {
                while (in.read(buffer) >= 0) {
                    // Input is ignored; only end-of-file matters.
                }
            } catch (IOException ignored) {
                // A broken pipe means the parent is gone as well.
            }
            System.exit(0);
        }, "stand-in-stdin");
        stdinWatcher.setDaemon(true);
        stdinWatcher.start();

        System.out.println("READY " + server.getLocalAddress().getPort());
        System.out.flush();
        done.await();
    }
}
