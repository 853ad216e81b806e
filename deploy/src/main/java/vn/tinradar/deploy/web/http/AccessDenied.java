package vn.tinradar.deploy.web.http;

/** The signed-in account's role does not allow this; the message is Vietnamese, for staff to read as it is. */
public final class AccessDenied extends RuntimeException {

    public AccessDenied(String message) {
        super(message);
    }
}
