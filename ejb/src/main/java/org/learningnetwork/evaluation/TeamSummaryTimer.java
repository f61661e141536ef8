package org.learningnetwork.evaluation;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.learningnetwork.platform.Installation;

/**
 * Sends line managers their team's summary of the month before: the timer fires each day at the hours and minutes
 * {@link EvaluationSettings#TEAM_SUMMARY_HOUR} and {@link EvaluationSettings#TEAM_SUMMARY_MINUTES} give in the council's
 * time zone (07:41 to 18:41 unless set), and the first firing of a month sends the summaries. Every server instance has
 * the timer; the lease lets one send at a time, and each manager's summary of a month is recorded when it goes, so it
 * goes once; if the instance sending them stops, a later firing on another sends them.
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TeamSummaryTimer {

    @Resource
    private TimerService timers;

    @EJB
    private TeamFeedbackService feedback;

    @PostConstruct
    void schedule() {
        ScheduleExpression daily = new ScheduleExpression().hour(EvaluationSettings.TEAM_SUMMARY_HOUR.get())
                .minute(EvaluationSettings.TEAM_SUMMARY_MINUTES.get()).second(0)
                .timezone(Installation.zone().getId());
        timers.createCalendarTimer(daily, new TimerConfig("team summaries", false));
    }

    @Timeout
    void send() {
        feedback.sendMonthlySummariesAlone();
    }
}
