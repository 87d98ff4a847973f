package de.querschnitt.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the server's time went in a window of a flight recording: the share of execution samples
 * (threads running Java code, and threads in native code such as SQLite's) in which a method of the
 * application is on the stack, and the hottest frames at the top of the stack.
 */
final class JfrSummary {

    private JfrSummary() {
    }

    static String summarize(Path recording, Instant from, Instant to, int top) throws IOException {
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> layers = new LinkedHashMap<>();
        int samples = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                String type = event.getEventType().getName();
                if (!type.equals("jdk.ExecutionSample") && !type.equals("jdk.NativeMethodSample")) {
                    continue;
                }
                if (event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to)) {
                    continue;
                }
                RecordedStackTrace stack = event.getStackTrace();
                if (stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                List<RecordedFrame> frames = stack.getFrames();
                String thread = event.getThread("sampledThread") == null ? ""
                        : String.valueOf(event.getThread("sampledThread").getJavaName());
                if (!thread.startsWith("http-nio") || !thread.contains("-exec-")) {
                    continue; // only the request threads: what an autosave waits for
                }
                samples++;
                self.merge(name(frames.getFirst()) + (type.equals("jdk.NativeMethodSample") ? " (native)" : ""), 1,
                        Integer::sum);
                Set<String> seen = new HashSet<>();
                Set<String> seenLayers = new HashSet<>();
                for (RecordedFrame frame : frames) {
                    if (!frame.isJavaFrame()) {
                        continue;
                    }
                    String name = name(frame);
                    if (name.startsWith("de.querschnitt.") && !name.contains("$$") && !name.contains(".lambda$")
                            && seen.add(name)) {
                        inclusive.merge(name, 1, Integer::sum);
                    }
                    String layer = layer(frame.getMethod().getType().getName());
                    if (layer != null && seenLayers.add(layer)) {
                        layers.merge(layer, 1, Integer::sum);
                    }
                }
            }
        }
        if (samples == 0) {
            return "No execution samples of request threads in the window.\n";
        }
        int total = samples;
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d samples of the request threads (`http-nio-*-exec-*`, the "
                + "threads that answer requests), Java and native.%n%n",
                total));
        out.append("| on the stack (inclusive) | share |\n|---|---:|\n");
        layers.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> out.append(String.format(Locale.ROOT, "| %s | %.0f %% |%n", e.getKey(),
                        100.0 * e.getValue() / total)));
        out.append("\n| application method on the stack (inclusive) | share |\n|---|---:|\n");
        inclusive.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> out.append(String.format(Locale.ROOT, "| `%s` | %.0f %% |%n", e.getKey(),
                        100.0 * e.getValue() / total)));
        out.append("\n| top of the stack (self) | share |\n|---|---:|\n");
        self.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> out.append(String.format(Locale.ROOT, "| `%s` | %.0f %% |%n", e.getKey(),
                        100.0 * e.getValue() / total)));
        return out.toString();
    }

    private static String name(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type + "." + frame.getMethod().getName();
    }

    private static String layer(String type) {
        if (type.startsWith("org.sqlite.")) {
            return "SQLite (org.sqlite)";
        }
        if (type.startsWith("org.jooq.")) {
            return "jOOQ";
        }
        if (type.startsWith("de.querschnitt.")) {
            return "application (de.querschnitt)";
        }
        if (type.startsWith("com.vaadin.flow.internal") || type.startsWith("com.vaadin.flow.server.communication")) {
            return "Vaadin state tree and UIDL (com.vaadin.flow.internal, .server.communication)";
        }
        if (type.startsWith("tools.jackson.") || type.startsWith("com.fasterxml.jackson.")) {
            return "Jackson (JSON)";
        }
        return null;
    }
}
