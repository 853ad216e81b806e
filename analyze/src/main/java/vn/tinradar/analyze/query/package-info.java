/**
 * The query side's reads of this instance's state stores and writes to the compacted staff topics; searches that
 * span instances are in {@code search} and {@code peer}.
 */
package vn.tinradar.analyze.query;
