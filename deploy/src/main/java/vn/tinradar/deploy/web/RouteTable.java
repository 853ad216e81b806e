package vn.tinradar.deploy.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import vn.tinradar.deploy.web.signin.Access;
import vn.tinradar.deploy.web.signin.SignIn;

/**
 * Every HTTP route of the process with who may call it, declared by the feature that owns it, then installed on
 * the server at once. Installing wraps each route in the one role check ({@link SignIn#requireAccess}).
 */
public final class RouteTable {

    /** The HTTP methods routes answer. */
    public enum Method {
        GET, POST, DELETE
    }

    /** One route: method, path (Javalin syntax, {@code {id}} for a path part), who may call it, what answers. */
    public record Route(Method method, String path, Access access, Handler handler) {
    }

    private final List<Route> routes = new ArrayList<>();

    public RouteTable get(String path, Access access, Handler handler) {
        return add(new Route(Method.GET, path, access, handler));
    }

    public RouteTable post(String path, Access access, Handler handler) {
        return add(new Route(Method.POST, path, access, handler));
    }

    public RouteTable delete(String path, Access access, Handler handler) {
        return add(new Route(Method.DELETE, path, access, handler));
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** Registers every declared route on the server. */
    public void install(RoutesConfig r) {
        for (Route route : routes) {
            Handler checked = ctx -> {
                SignIn.requireAccess(ctx, route.access());
                route.handler().handle(ctx);
            };
            switch (route.method()) {
                case GET -> r.get(route.path(), checked);
                case POST -> r.post(route.path(), checked);
                case DELETE -> r.delete(route.path(), checked);
            }
        }
    }

    /** The exact paths anyone may reach, for the sign-in filter that runs before routing. */
    public java.util.Set<String> publicPaths() {
        java.util.Set<String> paths = new java.util.HashSet<>();
        routes.stream().filter(r -> r.access() == Access.PUBLIC).forEach(r -> paths.add(r.path()));
        return paths;
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
