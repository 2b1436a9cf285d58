package jp.mamori.system;

import jp.mamori.shared.Role;

/** The part a person plays for one system: its 情報システム管理者 or one of its 情報システム担当者. */
public enum PersonRole {
    ADMINISTRATOR(Role.SYSTEM_ADMINISTRATOR),
    STAFF(Role.SYSTEM_STAFF);

    private final Role role;

    PersonRole(Role role) {
        this.role = role;
    }

    /** The role of the role catalogue this part is. */
    public Role role() {
        return role;
    }
}
