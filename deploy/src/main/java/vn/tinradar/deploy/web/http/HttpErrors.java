package vn.tinradar.deploy.web.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns the exceptions routes throw into JSON errors with the right status; only the unexpected is logged. */
public final class HttpErrors {

    private static final Logger LOG = LoggerFactory.getLogger(HttpErrors.class);

    private HttpErrors() {
    }

    /** The client asked too often; it may try again later. */
    public static final class TooManyRequests extends RuntimeException {
        public TooManyRequests(String message) {
            super(message);
        }
    }

    /** A body came in a type the route does not read. */
    public static final class UnsupportedMediaType extends RuntimeException {
        public UnsupportedMediaType(String message) {
            super(message);
        }
    }

    /** A route needs a service this process was not started with, or one that cannot answer now. */
    public static final class ServiceUnavailable extends RuntimeException {
        private final String service;

        /** Unavailable for a while (a write the broker did not take), not for want of a service. */
        public ServiceUnavailable(String message) {
            this(null, message);
        }

        public ServiceUnavailable(String service, String message) {
            super(message);
            this.service = service;
        }

        /** {@code ingest}, {@code analyze} or {@code alerts}; null when the process runs it but it cannot answer. */
        public String service() {
            return service;
        }
    }

    /** The service, or ServiceUnavailable naming it when this process does not run it. */
    public static <T> T need(T service, String name) {
        if (service == null) {
            throw new ServiceUnavailable(name, "the " + name + " service does not run in this process");
        }
        return service;
    }

    public static void install(RoutesConfig r) {
        install(r, ServiceForwarder.NONE);
    }

    /** @param forwarder answers the routes of a service this process does not run, or refuses them with 503 */
    public static void install(RoutesConfig r, ServiceForwarder forwarder) {
        r.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
        r.exception(BadRequestResponse.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST,
                "request body is not the expected JSON"));
        r.exception(AccessDenied.class, (e, ctx) -> error(ctx, HttpStatus.FORBIDDEN, e.getMessage()));
        r.exception(TooManyRequests.class, (e, ctx) -> error(ctx, HttpStatus.TOO_MANY_REQUESTS, e.getMessage()));
        r.exception(UnsupportedMediaType.class,
                (e, ctx) -> error(ctx, HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getMessage()));
        r.exception(NoSuchElementException.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND, e.getMessage()));
        r.exception(ServiceUnavailable.class, forwarder::forwardOrRefuse);
        r.exception(Exception.class, (e, ctx) -> {
            LOG.warn("event=request_failed path={} error={}", ctx.path(), e.toString());
            error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error: " + e.getClass().getSimpleName());
        });
    }

    public static void error(Context ctx, HttpStatus status, String message) {
        ctx.status(status).json(Map.of("error", message == null ? status.getMessage() : message));
    }
}
