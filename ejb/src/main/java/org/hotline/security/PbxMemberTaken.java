package org.hotline.security;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/**
 * Another account already answers to this PBX member: one member is one person, or the live view and the reports
 * could not say who took a call.
 */
@Refusal(status = RefusalStatus.CONFLICT, type = "pbx-member-taken")
public class PbxMemberTaken extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String member;

    public PbxMemberTaken(PbxMemberName member) {
        super("PBX member already another account's: " + member);
        this.member = member.value();
    }

    /** The member, in the kept spelling, for the message beside the field. */
    public String member() {
        return member;
    }

    @Override
    public String messageKey() {
        return "user.pbxMemberTaken";
    }

    @Override
    public String field() {
        return "members";
    }
}
