/**
 * What every route shares: parameter parsing that names the bad value, the mapping of exceptions to statuses
 * (refused access among them), the security headers, the same-origin check of changes and the public URL.
 */
package vn.tinradar.deploy.web.http;
