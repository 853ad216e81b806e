package vn.tinradar.common.event;

/** Where a request for an official response stands, with the words staff see. */
public enum ResponseStatus {
    REQUESTED("da-gui-yeu-cau", "đã gửi yêu cầu"),
    OVERDUE("qua-han", "quá hạn"),
    RESPONDED("da-phan-hoi", "đã phản hồi");

    private final String id;
    private final String label;

    ResponseStatus(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }
}
