package org.learningnetwork.actionlearning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;

/**
 * The taxonomy of themes facilitators record ("complexity mapping"): every theme, one added or changed
 * ({@code ?id=} opens it in the form), retired and brought back.
 */
@Named
@ViewScoped
public class SetThemesView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "themeForm";

    @Inject
    private ThemeService themes;

    @Inject
    private Messages messages;

    private String id;
    private SetTheme theme;
    private transient List<SetTheme> all;

    public void load() {
        try {
            theme = id == null || id.isBlank() ? new SetTheme() : themes.find(Long.parseLong(id));
        } catch (NotFoundException | NumberFormatException e) {
            NotFound.respond();
        }
    }

    public String save() {
        return messages.attempt(FORM, () -> themes.save(theme)).map(saved -> {
            messages.noticeAfterRedirect("common.saved");
            return "/coordinator/set-themes?faces-redirect=true";
        }).orElse(null);
    }

    public String retire(long themeId) {
        return change(() -> themes.retire(themeId), "theme.retired");
    }

    public String reinstate(long themeId) {
        return change(() -> themes.reinstate(themeId), "theme.reinstated");
    }

    private String change(Messages.Change<SetTheme> change, String notice) {
        return messages.attempt("themesForm", change).map(done -> {
            messages.noticeAfterRedirect(notice);
            return "/coordinator/set-themes?faces-redirect=true";
        }).orElse(null);
    }

    public List<SetTheme> getAll() {
        if (all == null) {
            all = themes.all();
        }
        return all;
    }

    public boolean isNew() {
        return theme == null || theme.getId() == null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public SetTheme getTheme() {
        return theme;
    }
}
