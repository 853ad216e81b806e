package vn.tinradar.alerts.rules;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Skips a record that cannot be read, logging one line that names it (no stack trace: it is bad input). */
public final class SkipUnreadableRecords implements DeserializationExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SkipUnreadableRecords.class);

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
                                Exception exception) {
        LOG.warn("event=record-skipped topic={} partition={} offset={} reason=\"{}\"", record.topic(),
                record.partition(), record.offset(), String.valueOf(exception.getMessage()).replace('"', '\''));
        return Response.resume();
    }

    @Override
    public void configure(Map<String, ?> configs) {
        // nothing to configure
    }
}
