/**
 * The Kafka Streams pipeline: {@code AnalyzeTopology} and the processors it wires; the steps themselves live in
 * {@code intake}, {@code dedup}, {@code score}, {@code cluster}, {@code index} and {@code trends}.
 */
package vn.tinradar.analyze.pipeline;
