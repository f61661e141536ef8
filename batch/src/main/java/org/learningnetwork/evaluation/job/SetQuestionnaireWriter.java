package org.learningnetwork.evaluation.job;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.learningnetwork.evaluation.SetQuestionnaireService;

/** Issues each member's questionnaires due (and their line manager's), in the chunk's transaction. */
@Named
@Dependent
public class SetQuestionnaireWriter extends AbstractItemWriter {

    @Inject
    private SetQuestionnaireService questionnaires;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            questionnaires.issue((Long) item);
        }
    }
}
