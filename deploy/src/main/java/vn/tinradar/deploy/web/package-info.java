/**
 * The process's HTTP server by feature: each {@code *Routes} class declares its routes, with who may call each,
 * into one {@link vn.tinradar.deploy.web.RouteTable}, which wraps each in the role check of {@code signin};
 * {@link vn.tinradar.deploy.web.WebServer} only assembles them. Sign-in and roles live in {@code signin}, what every
 * route shares (parameters, errors, headers, same-origin check, public URL) in {@code http}.
 */
package vn.tinradar.deploy.web;
