/**
 * The query side's reads of this instance's state stores and writes to the compacted staff topics; searches that
 * span instances are in {@code query.search} and {@code query.peer}, the claims staff manage in {@code query.claims}.
 */
package vn.tinradar.analyze.query;
