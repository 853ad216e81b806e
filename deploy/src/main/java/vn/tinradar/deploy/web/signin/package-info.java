/**
 * Who is asking and what they may do: accounts (bcrypt), browser sessions with their anti-forgery token, HTTP Basic
 * for scripts, the sign-in throttle, roles and the one access check every route passes.
 */
package vn.tinradar.deploy.web.signin;
