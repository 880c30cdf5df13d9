package dev.reportengine.pdf.internal;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import dev.reportengine.pdf.PdfLimits;
import dev.reportengine.pdf.internal.DocumentView.BarView;
import dev.reportengine.pdf.internal.DocumentView.ChartsView;
import dev.reportengine.pdf.internal.DocumentView.SegmentView;
import dev.reportengine.pdf.internal.DocumentView.TickView;
import dev.reportengine.pdf.internal.DocumentView.TimelineRowView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Talk time per participant and a speaker timeline, computed from the media and bounded by the
 * limits: at most {@code maxChartParticipants} rows (the rest summed as "Others") and at most
 * {@code maxTimelineSegments} segments per row (nearby speech merged).
 */
final class Charts {

  private static final String[] COLOURS = {
    "#2563eb", "#10b981", "#f59e0b", "#8b5cf6", "#ef4444", "#0ea5e9", "#84cc16", "#ec4899"
  };
  private static final String OTHERS_COLOUR = "#94a3b8";
  private static final String OTHERS = "\u0000others";

  private Charts() {}

  /** The charts, or empty when nobody speaks. */
  static Optional<ChartsView> of(Media media, PdfLimits limits) {
    Map<String, Double> seconds = new HashMap<>();
    for (Utterance u : media.utterances()) {
      seconds.merge(u.entityId(), u.durationSeconds(), Double::sum);
    }
    double total = seconds.values().stream().mapToDouble(Double::doubleValue).sum();
    if (total <= 0 || media.durationSeconds() <= 0) {
      return Optional.empty();
    }
    List<String> ranked =
        seconds.keySet().stream()
            .sorted(
                Comparator.<String>comparingDouble(id -> -seconds.get(id))
                    .thenComparing(Comparator.naturalOrder()))
            .toList();
    int shown =
        ranked.size() <= limits.maxChartParticipants()
            ? ranked.size()
            : limits.maxChartParticipants() - 1;
    Map<String, String> rowOf = new LinkedHashMap<>();
    for (int i = 0; i < ranked.size(); i++) {
      rowOf.put(ranked.get(i), i < shown ? ranked.get(i) : OTHERS);
    }
    List<String> rows = new ArrayList<>(ranked.subList(0, shown));
    List<String> notes = new ArrayList<>();
    if (shown < ranked.size()) {
      rows.add(OTHERS);
      notes.add(
          "The "
              + (ranked.size() - shown)
              + " participants with the least talk time are summed as Others.");
    }
    double longest = seconds.get(ranked.get(0));
    List<BarView> bars = new ArrayList<>();
    List<TimelineRowView> timeline = new ArrayList<>();
    boolean merged = false;
    for (int i = 0; i < rows.size(); i++) {
      String row = rows.get(i);
      String colour = row.equals(OTHERS) ? OTHERS_COLOUR : COLOURS[i % COLOURS.length];
      double talk =
          rowOf.entrySet().stream()
              .filter(e -> e.getValue().equals(row))
              .mapToDouble(e -> seconds.get(e.getKey()))
              .sum();
      String name = name(media, row, ranked.size() - shown);
      bars.add(
          new BarView(
              name,
              TimeText.spoken(talk),
              TimeText.percent(talk / total),
              "width: "
                  + TimeText.cssPercent(Math.min(1, talk / longest))
                  + "; background-color: "
                  + colour
                  + ";"));
      List<double[]> spans =
          media.utterances().stream()
              .filter(u -> rowOf.get(u.entityId()).equals(row))
              .map(u -> new double[] {u.startSeconds(), u.endSeconds()})
              .toList();
      List<double[]> segments = Segments.merge(spans, media.durationSeconds(), limits);
      merged |= segments.size() < spans.size();
      timeline.add(new TimelineRowView(name, colour, segmentViews(segments, media, colour)));
    }
    if (merged) {
      notes.add("Pauses shorter than the drawing's resolution are not shown.");
    }
    return Optional.of(
        new ChartsView(
            TimeText.spoken(media.durationSeconds()),
            bars,
            timeline,
            ticks(media.durationSeconds()),
            notes));
  }

  private static String name(Media media, String row, int others) {
    if (row.equals(OTHERS)) {
      return "Others (" + others + ")";
    }
    return media.entity(row).map(Entity::displayName).orElse(row);
  }

  private static List<SegmentView> segmentViews(
      List<double[]> segments, Media media, String colour) {
    double duration = media.durationSeconds();
    List<SegmentView> out = new ArrayList<>(segments.size());
    for (double[] s : segments) {
      double width = Math.max((s[1] - s[0]) / duration, 0.002);
      double left = Math.min(s[0] / duration, 1 - width);
      out.add(
          new SegmentView(
              "left: "
                  + TimeText.cssPercent(left)
                  + "; width: "
                  + TimeText.cssPercent(width)
                  + "; background-color: "
                  + colour
                  + ";"));
    }
    return out;
  }

  private static List<TickView> ticks(double duration) {
    List<TickView> ticks = new ArrayList<>();
    for (int i = 0; i <= 4; i++) {
      double at = duration * i / 4;
      String style = i == 4 ? "right: 0;" : "left: " + TimeText.cssPercent(i / 4.0) + ";";
      ticks.add(new TickView(TimeText.timestamp(at), style));
    }
    return ticks;
  }
}
