package vn.tinradar.deploy.web;

/** One feature of the dashboard and API (alerts, search, claims...): it declares its own routes. */
public interface WebFeature {

    void declare(RouteTable routes);
}
