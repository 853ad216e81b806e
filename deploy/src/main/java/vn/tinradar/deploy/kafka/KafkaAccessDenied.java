package vn.tinradar.deploy.kafka;

/**
 * The cluster refused this installation: it could not sign in, or its principal lacks an ACL. The message is one
 * line for ops naming the principal and the topic, group or transactional id, so no stack trace is needed.
 */
public final class KafkaAccessDenied extends RuntimeException {

    public KafkaAccessDenied(String message, Throwable cause) {
        super(message, cause);
    }
}
