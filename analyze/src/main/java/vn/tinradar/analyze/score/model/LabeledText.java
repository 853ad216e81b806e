package vn.tinradar.analyze.score.model;

import java.util.Map;

/** One training or evaluation example: text, optional numeric extras (engagement) and its label. */
public record LabeledText(String id, String title, String text, Map<String, Double> extras, String label) {
}
