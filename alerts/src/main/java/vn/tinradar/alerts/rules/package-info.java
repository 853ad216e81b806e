/** Alert rules and their Kafka Streams topology: findings grouped into one alert per story or topic-and-place. */
package vn.tinradar.alerts.rules;
