package org.hotline.call;

import java.time.Instant;
import java.util.List;
import org.hotline.security.AgentNames;
import org.hotline.survey.SurveyAnswer;

/**
 * One call as a supervisor looks it up (by Asterisk's linkedid, or by the uniqueid Asterisk's CDRs and queue_log name
 * it by): its outcome, its queue visits with their agents, waits and talk, and whether the PBX's own records agreed.
 * Agents are given as the PBX named them ({@code agent}) and as the person behind that member ({@code agentName}, the
 * PBX's name when nobody was given it), and the caller's survey when they were asked (null otherwise).
 */
public record CallView(
        String linkedid,
        String uniqueid,
        String caller,
        Instant enteredAt,
        Instant answeredAt,
        Instant endedAt,
        String queue,
        String agent,
        String agentName,
        Integer waitSeconds,
        Integer talkSeconds,
        Integer wrapUpSeconds,
        CallDisposition disposition,
        String queueStatus,
        String transferredTo,
        String ivrChoices,
        Instant pbxCheckedAt,
        String pbxDisagreement,
        List<Leg> legs,
        SurveyAnswer survey) {

    /** One queue visit. */
    public record Leg(
            String queue,
            Instant joinedAt,
            Instant answeredAt,
            String agent,
            String agentName,
            Integer waitSeconds,
            Integer talkSeconds,
            CallLeg.Outcome outcome) {}

    static CallView of(CallRecord call, AgentNames people, SurveyAnswer survey) {
        return new CallView(
                call.getLinkedid(),
                call.getUniqueid(),
                call.getCaller(),
                call.getEnteredAt(),
                call.getAnsweredAt(),
                call.getEndedAt(),
                call.getQueue(),
                call.getAgent(),
                people.shown(call.getAgent()),
                call.getWaitSeconds(),
                call.getTalkSeconds(),
                call.getWrapUpSeconds(),
                call.getDisposition(),
                call.getQueueStatus(),
                call.getTransferredTo(),
                call.getIvrChoices(),
                call.getPbxCheckedAt(),
                call.getPbxDisagreement(),
                call.getLegs().stream()
                        .map(leg -> new Leg(
                                leg.getQueue(),
                                leg.getJoinedAt(),
                                leg.getAnsweredAt(),
                                leg.getAgent(),
                                people.shown(leg.getAgent()),
                                leg.getWaitSeconds(),
                                leg.getTalkSeconds(),
                                leg.getOutcome()))
                        .toList(),
                survey);
    }
}
