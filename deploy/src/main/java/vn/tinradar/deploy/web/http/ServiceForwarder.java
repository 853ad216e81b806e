package vn.tinradar.deploy.web.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a route whose service this process does not run by asking an instance that runs it ({@code web.services}),
 * so one dashboard behind a load balancer shows search, stories, alerts and sources whichever instance it reaches.
 * The request goes on as the browser sent it, session cookie and anti-forgery token included: the other instance
 * checks them itself, with the session key all instances share.
 */
public final class ServiceForwarder {

    /** Marks a request already forwarded once, so two instances that each point at the other never loop. */
    public static final String FORWARDED = "X-TinRadar-Forwarded";
    private static final Logger LOG = LoggerFactory.getLogger(ServiceForwarder.class);
    private static final List<String> REQUEST_HEADERS = List.of("Cookie", "Authorization", "X-CSRF-Token", "Origin",
            "Sec-Fetch-Site", "Content-Type", "Accept", "Last-Event-ID");
    private static final List<String> RESPONSE_HEADERS = List.of("Content-Type", "Content-Disposition",
            "Cache-Control");
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);
    /** Nothing forwarded: a route whose service is missing answers 503 (declared after what its making reads). */
    public static final ServiceForwarder NONE = new ServiceForwarder(Map.of());

    private final Map<String, URI> services;
    private final HttpClient http;

    /** @param services base address of an instance that runs each service, by service name */
    public ServiceForwarder(Map<String, URI> services) {
        this.services = Map.copyOf(services);
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Forwards the request when an instance of the missing service is known, else answers 503 naming it. */
    public void forwardOrRefuse(HttpErrors.ServiceUnavailable missing, Context ctx) {
        URI base = missing.service() == null ? null : services.get(missing.service());
        if (base == null || ctx.header(FORWARDED) != null) {
            HttpErrors.error(ctx, HttpStatus.SERVICE_UNAVAILABLE, missing.getMessage());
            return;
        }
        URI target = base.resolve(ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString()));
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(ANSWER_TIMEOUT).header(FORWARDED, "1");
        for (String name : REQUEST_HEADERS) {
            String value = ctx.header(name);
            if (value != null) {
                request.header(name, value);
            }
        }
        byte[] body = ctx.bodyAsBytes();
        request.method(ctx.method().name(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<InputStream> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            relay(answer, ctx);
        } catch (IOException e) {
            LOG.warn("event=forward_failed service={} target={} error=\"{}\"", missing.service(), target, e.toString());
            HttpErrors.error(ctx, HttpStatus.BAD_GATEWAY, "the " + missing.service() + " service at " + base
                    + " did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            HttpErrors.error(ctx, HttpStatus.SERVICE_UNAVAILABLE, "stopping");
        }
    }

    /** Status, the headers that describe the body, then the body as it arrives (live streams keep flowing). */
    private static void relay(HttpResponse<InputStream> answer, Context ctx) throws IOException {
        ctx.status(answer.statusCode());
        for (String name : RESPONSE_HEADERS) {
            answer.headers().firstValue(name).ifPresent(value -> ctx.res().setHeader(name, value));
        }
        try (InputStream in = answer.body()) {
            OutputStream out = ctx.res().getOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                // a live alert stream sends an event at a time: pass each on at once
                out.flush();
            }
        }
    }
}
