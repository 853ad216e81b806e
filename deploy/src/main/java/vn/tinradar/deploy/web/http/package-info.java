/**
 * What every route shares: the route table with each route's access, parameter parsing that names the bad value,
 * the mapping of exceptions to statuses, the security headers, the same-origin check of changes and the public URL.
 */
package vn.tinradar.deploy.web.http;
