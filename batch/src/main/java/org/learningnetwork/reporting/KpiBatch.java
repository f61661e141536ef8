package org.learningnetwork.reporting;

import java.io.Serializable;
import java.util.List;

/** The figures computed for one quarter, committee and breakdown, on their way to be stored. */
record KpiBatch(Quarter quarter, String committee, KpiDimension dimension, List<KpiFigure> figures) implements Serializable {
}
