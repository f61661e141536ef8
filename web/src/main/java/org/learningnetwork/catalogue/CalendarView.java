package org.learningnetwork.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.Page;
import org.learningnetwork.platform.PageRequest;
import org.learningnetwork.reference.ReferenceDataService;
import org.learningnetwork.reference.Strand;

/**
 * The public calendar of sessions for one month ({@code ?month=yyyy-mm}, this month by default), as a list
 * by day or as a month grid ({@code ?view=month}), with links to the previous and next months.
 */
@Named
@RequestScoped
public class CalendarView {

    private static final DateTimeFormatter MONTH_TITLE = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_TITLE = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    /** One day of the calendar and the sessions starting on it. */
    public record Day(LocalDate date, boolean inMonth, List<CourseSession> sessions) {
        public LocalDate getDate() {
            return date;
        }

        public boolean isInMonth() {
            return inMonth;
        }

        public List<CourseSession> getSessions() {
            return sessions;
        }

        public String getTitle() {
            return DAY_TITLE.format(date);
        }

        public int getDayOfMonth() {
            return date.getDayOfMonth();
        }
    }

    @Inject
    private CatalogueService catalogue;

    @Inject
    private Messages messages;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private Clock clock;

    private String month;
    private String view;
    private String strand;
    private YearMonth shown;
    private Map<LocalDate, List<CourseSession>> byDay = new LinkedHashMap<>();
    private List<Strand> strands;

    public void load() {
        shown = YearMonth.now(clock.withZone(Installation.zone()));
        if (month != null && !month.isBlank()) {
            try {
                shown = YearMonth.parse(month.strip());
            } catch (DateTimeParseException e) {
                messages.error(null, "calendar.month.invalid");
            }
        }
        var from = shown.atDay(1).atStartOfDay(Installation.zone()).toInstant();
        var to = shown.plusMonths(1).atDay(1).atStartOfDay(Installation.zone()).toInstant();
        // Page through the month: a busy partnership can have more sessions in a month than one page holds.
        int first = 0;
        Page<CourseSession> page;
        do {
            page = catalogue.sessions(null, chosenStrand(), from, to, new PageRequest(first, PageRequest.MAX_SIZE));
            for (CourseSession session : page.rows()) {
                byDay.computeIfAbsent(session.getStartsAt().atZone(Installation.zone()).toLocalDate(), d -> new ArrayList<>()).add(session);
            }
            first += PageRequest.MAX_SIZE;
        } while (first < page.total());
    }

    /** The area of protection chosen, if it is one of the catalogue's (an unknown code shows every session). */
    private String chosenStrand() {
        return strand == null || strand.isBlank() ? null
                : getStrands().stream().map(Strand::getCode).filter(strand.strip()::equals).findFirst().orElse(null);
    }

    /** The areas of protection to filter by. */
    public List<Strand> getStrands() {
        if (strands == null) {
            strands = referenceData.strands();
        }
        return strands;
    }

    /** The query string that keeps the chosen area when moving between months and views. */
    public String getStrandQuery() {
        String chosen = chosenStrand();
        return chosen == null ? "" : "&strand=" + chosen;
    }

    public String getStrand() {
        return strand;
    }

    public void setStrand(String strand) {
        this.strand = strand;
    }

    public boolean isMonthView() {
        return "month".equals(view);
    }

    /** Days that have sessions, in order, for the list view. */
    public List<Day> getDaysWithSessions() {
        return byDay.entrySet().stream().map(e -> new Day(e.getKey(), true, e.getValue())).toList();
    }

    /** The weeks of the month grid, Monday first, padded with days of the months either side. */
    public List<List<Day>> getWeeks() {
        List<List<Day>> weeks = new ArrayList<>();
        LocalDate day = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate end = shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        while (!day.isAfter(end)) {
            List<Day> week = new ArrayList<>();
            for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
                week.add(new Day(day, YearMonth.from(day).equals(shown), byDay.getOrDefault(day, List.of())));
            }
            weeks.add(week);
        }
        return weeks;
    }

    public String getTitle() {
        return MONTH_TITLE.format(shown);
    }

    public String getPrevious() {
        return shown.minusMonths(1).toString();
    }

    public String getNext() {
        return shown.plusMonths(1).toString();
    }

    public String getShown() {
        return shown.toString();
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view;
    }
}
