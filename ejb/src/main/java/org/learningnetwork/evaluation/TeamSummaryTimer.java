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
 * Sends line managers their team's summary of the month before on the first day of each month at 07:41 in the
 * council's time zone. Every server instance has the timer; the lease lets one send at a time, and each manager's
 * summary of a month is recorded when it goes, so it goes once.
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
        ScheduleExpression monthly = new ScheduleExpression().dayOfMonth(1).hour(7).minute(41).second(0)
                .timezone(Installation.zone().getId());
        timers.createCalendarTimer(monthly, new TimerConfig("team summaries", false));
    }

    @Timeout
    void send() {
        feedback.sendMonthlySummariesAlone();
    }
}
