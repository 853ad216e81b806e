package vn.tinradar.deploy.web.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.sse.SseClient;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Every HTTP route of the process, declared by the feature that owns it, then installed on the server at once. */
public final class RouteTable {

    /** How a route is reached: an HTTP method, or a server-sent event stream (a GET that stays open). */
    public enum Method {
        GET, POST, DELETE, SSE
    }

    /** One route: method, path (Javalin syntax, {@code {id}} for a path part) and what answers it. */
    public record Route(Method method, String path, Handler handler, Consumer<SseClient> stream) {
    }

    private final List<Route> routes = new ArrayList<>();

    public RouteTable get(String path, Handler handler) {
        return add(new Route(Method.GET, path, handler, null));
    }

    public RouteTable post(String path, Handler handler) {
        return add(new Route(Method.POST, path, handler, null));
    }

    public RouteTable delete(String path, Handler handler) {
        return add(new Route(Method.DELETE, path, handler, null));
    }

    public RouteTable sse(String path, Consumer<SseClient> stream) {
        return add(new Route(Method.SSE, path, null, stream));
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** Registers every declared route on the server. */
    public void install(RoutesConfig r) {
        for (Route route : routes) {
            switch (route.method()) {
                case GET -> r.get(route.path(), route.handler());
                case POST -> r.post(route.path(), route.handler());
                case DELETE -> r.delete(route.path(), route.handler());
                case SSE -> r.sse(route.path(), route.stream());
            }
        }
    }

    private RouteTable add(Route route) {
        for (Route r : routes) {
            if (r.method() == route.method() && r.path().equals(route.path())) {
                throw new IllegalArgumentException("route " + route.method() + " " + route.path() + " declared twice");
            }
        }
        routes.add(route);
        return this;
    }
}
