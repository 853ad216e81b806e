/**
 * The Kafka Streams pipeline: {@code AnalyzeTopology} and the processors it wires, with one subpackage per step
 * ({@code intake}, {@code dedup}, {@code cluster}, {@code index}, {@code trends}, {@code history}); scoring itself is
 * the plain-Java {@code score} package, which training shares.
 */
package vn.tinradar.analyze.pipeline;
