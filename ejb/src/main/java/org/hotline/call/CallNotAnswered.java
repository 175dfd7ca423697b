package org.hotline.call;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/**
 * A ticket or a complaint names a call its filer did not answer: a colleague's, or none the call log knows. The link
 * decides who may hear the call's recording (a complaint's call is the officers' alone, a ticket's the desk's) and
 * whether supervisors may listen to it live, so it is refused, in the same words whether the call is a colleague's or
 * does not exist.
 */
@Refusal(status = RefusalStatus.BAD_REQUEST, type = "call-not-answered")
public class CallNotAnswered extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CallNotAnswered() {
        super("callLinkedid is not a call you answered: work from the call in hand, or leave the call out");
    }

    @Override
    public String field() {
        return "callLinkedid";
    }

    @Override
    public String messageKey() {
        return "call.notAnswered";
    }
}
