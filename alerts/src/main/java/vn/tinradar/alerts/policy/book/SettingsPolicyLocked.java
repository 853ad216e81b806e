package vn.tinradar.alerts.policy.book;

/**
 * Refuses to delete a draft policy that comes from the settings file: the file is the installation's record and is
 * read again on every reload, so a deletion in the dashboard would not last. Staff may instead save an entry of the
 * same id in the dashboard (a shorter window, other terms), which takes the file's place until it is deleted.
 */
public final class SettingsPolicyLocked extends RuntimeException {

    public SettingsPolicyLocked(String id) {
        super("dự thảo '" + id + "' nằm trong tệp cấu hình (alerts.rules.draft-policies.policies) nên không xóa được"
                + " trên trang này: bỏ nó khỏi tệp cấu hình, hoặc lưu một dự thảo cùng mã để thay thế");
    }
}
