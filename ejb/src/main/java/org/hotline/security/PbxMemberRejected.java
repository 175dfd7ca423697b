package org.hotline.security;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/**
 * Not a PBX member's name or interface as the PBX names them (see {@link PbxMemberName#FORM}). The message says what
 * is expected and does not repeat what was typed.
 */
@Refusal(status = RefusalStatus.BAD_REQUEST, type = "invalid-pbx-member")
public class PbxMemberRejected extends BusinessException {

    private static final long serialVersionUID = 1L;

    public PbxMemberRejected() {
        super("a PBX member is its member name or its interface as the PBX names them: ASCII letters, digits and"
                + " . _ - @ / +, up to 80 characters (agent1, Local/agent1@agents, PJSIP/1001)");
    }

    @Override
    public String messageKey() {
        return "user.pbxMemberInvalid";
    }

    @Override
    public String field() {
        return "members";
    }
}
