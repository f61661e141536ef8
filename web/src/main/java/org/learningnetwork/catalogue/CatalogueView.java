package org.learningnetwork.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.Page;
import org.learningnetwork.platform.PageRequest;
import org.learningnetwork.reference.Framework;
import org.learningnetwork.reference.ReferenceDataService;
import org.learningnetwork.reference.Strand;

/**
 * The public catalogue page: a search form that works as a plain GET (bookmarkable, no script needed),
 * results soonest first, and previous/next pages. Filters arrive as text from the address; anything
 * that does not make sense is reported on its field and the rest of the search still runs.
 */
@Named
@RequestScoped
public class CatalogueView {

    public static final int PAGE_SIZE = 20;

    @Inject
    private CatalogueService catalogue;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private Messages messages;

    @Inject
    private GuidanceService guidanceService;

    private String q;
    private String strand;
    private String group;
    private String mode;
    private String from;
    private String to;
    private String places;
    private String answers;
    private List<Guidance> guidance;
    private String page;

    private Page<CatalogueEntry> results;
    private List<Strand> strands;
    private List<Framework> frameworks;
    private int pageNumber = 1;

    /** Runs the search (view action). */
    public void search() {
        Long groupId = null;
        if (group != null && !group.isBlank()) {
            try {
                groupId = Long.valueOf(group);
            } catch (NumberFormatException e) {
                messages.error("group", "catalogue.group.invalid");
            }
        }
        DeliveryMode deliveryMode = null;
        if (mode != null && !mode.isBlank()) {
            try {
                deliveryMode = DeliveryMode.valueOf(mode);
            } catch (IllegalArgumentException e) {
                messages.error("mode", "catalogue.mode.invalid");
            }
        }
        String strandCode = strand == null || strand.isBlank() ? null : strand;
        if (strandCode != null && getStrands().stream().noneMatch(s -> s.getCode().equals(strand))) {
            messages.error("strand", "catalogue.strand.invalid");
            strandCode = null;
        }
        Long guidanceId = null;
        if (answers != null && !answers.isBlank()) {
            guidanceId = getGuidance().stream().filter(g -> g.getId().toString().equals(answers.strip())).map(Guidance::getId)
                    .findFirst().orElse(null);
            if (guidanceId == null) {
                messages.error("answers", "catalogue.answers.invalid");
            }
        }
        Instant fromInstant = day("from", from, 0);
        Instant toInstant = day("to", to, 1);
        if (fromInstant != null && toInstant != null && !toInstant.isAfter(fromInstant)) {
            messages.error("to", "catalogue.to.beforeFrom");
            toInstant = null;
        }
        if (page != null && !page.isBlank()) {
            try {
                pageNumber = Math.max(1, Integer.parseInt(page));
            } catch (NumberFormatException e) {
                pageNumber = 1;
            }
        }
        results = catalogue.search(new CatalogueQuery(q, strandCode, groupId, deliveryMode, fromInstant, toInstant, isHasPlaces(),
                guidanceId),
                new PageRequest((pageNumber - 1) * PAGE_SIZE, PAGE_SIZE));
    }

    /** The start of the given day (plus {@code daysLater}) in UK time; reports a bad date on its field. */
    private Instant day(String field, String value, int daysLater) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).plusDays(daysLater).atStartOfDay(Installation.zone()).toInstant();
        } catch (DateTimeParseException e) {
            messages.error(field, "catalogue.date.invalid");
            return null;
        }
    }

    /** What courses can answer to, to search by. */
    public List<Guidance> getGuidance() {
        if (guidance == null) {
            guidance = guidanceService.offered();
        }
        return guidance;
    }

    public String getAnswers() {
        return answers;
    }

    public void setAnswers(String answers) {
        this.answers = answers;
    }

    public List<CatalogueEntry> getEntries() {
        return results.rows();
    }

    public long getTotal() {
        return results.total();
    }

    public int getPageNumber() {
        return pageNumber;
    }

    public int getPageCount() {
        return (int) Math.max(1, (results.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The address of another page of the same search. */
    public String pageLink(int number) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", q);
        parameters.put("strand", strand);
        parameters.put("group", group);
        parameters.put("mode", mode);
        parameters.put("answers", answers);
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("places", isHasPlaces() ? "yes" : null);
        parameters.put("page", String.valueOf(number));
        return "catalogue.xhtml?" + parameters.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Whether only courses with places to book now are asked for ({@code places=yes}). */
    public boolean isHasPlaces() {
        return "yes".equals(places);
    }

    public String getPlaces() {
        return places;
    }

    public void setPlaces(String places) {
        this.places = places;
    }

    public List<Strand> getStrands() {
        if (strands == null) {
            strands = referenceData.strands();
        }
        return strands;
    }

    public List<Framework> getFrameworks() {
        if (frameworks == null) {
            frameworks = referenceData.frameworks();
        }
        return frameworks;
    }

    public DeliveryMode[] getDeliveryModes() {
        return DeliveryMode.values();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getStrand() {
        return strand;
    }

    public void setStrand(String strand) {
        this.strand = strand;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
