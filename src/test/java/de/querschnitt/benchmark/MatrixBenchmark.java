package de.querschnitt.benchmark;

import de.querschnitt.Application;
import de.querschnitt.matrix.MatrixService;
import de.querschnitt.matrix.ThemeMatrix;
import de.querschnitt.vocabulary.Vocabulary;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Child JVM of {@link Benchmarks}: the application on a copy of the seed's database, grown in place to ×10
 * and ×100 ({@link ScaledData}); at each size it times {@code MatrixService.matrix} (the query and the
 * {@link ThemeMatrix} view model, as the planner) and the matrix page as a browser tab opens it (the view
 * with its table, built and sent over HTTP). Writes one tab-separated line per size to the file in args[1].
 */
public final class MatrixBenchmark {

    private static final int[] SIZES = {1, 10, 100};

    private MatrixBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int port = Integer.parseInt(args[2]);
        List<String> lines = new ArrayList<>();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).run(
                "--server.port=" + port, "--querschnitt.data-dir=" + dataDir.toAbsolutePath(),
                "--logging.level.root=warn")) {
            var user = context.getBean(UserDetailsService.class).loadUserByUsername("planung");
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            MatrixService matrix = context.getBean(MatrixService.class);
            DataSource dataSource = context.getBean(DataSource.class);
            long round;
            try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement();
                    var result = statement.executeQuery("SELECT min(id) FROM survey_round")) {
                result.next();
                round = result.getLong(1);
            }
            var http = VaadinClient.newHttpClient();
            var planner = new VaadinClient(http, URI.create("http://localhost:" + port + "/"));
            planner.login("planung", "demo");
            int current = 1;
            for (int size : SIZES) {
                try (Connection connection = dataSource.getConnection()) {
                    ScaledData.scale(connection, current, size);
                    current = size;
                }
                long units;
                long links;
                try (Connection connection = dataSource.getConnection()) {
                    units = ScaledData.count(connection, "org_unit");
                    links = ScaledData.count(connection, "item_term");
                }
                double load = Machine.load();
                int warmups = size == 100 ? 3 : 10;
                int runs = size == 100 ? 7 : 15;
                for (int i = 0; i < warmups; i++) {
                    matrix.matrix(round, Vocabulary.THEME, MatrixService.DEFAULT_CORE_THRESHOLD);
                }
                List<Double> service = new ArrayList<>();
                ThemeMatrix result = null;
                for (int i = 0; i < runs; i++) {
                    long start = System.nanoTime();
                    result = matrix.matrix(round, Vocabulary.THEME, MatrixService.DEFAULT_CORE_THRESHOLD);
                    service.add((System.nanoTime() - start) / 1e6);
                }
                List<Double> page = new ArrayList<>();
                int pageBytes = 0;
                planner.open("matrix", "");
                for (int i = 0; i < 3; i++) {
                    page.add(planner.open("matrix", ""));
                    pageBytes = planner.lastResponseBytes();
                }
                lines.add(String.format(Locale.ROOT, "%d\t%d\t%d\t%d\t%.1f\t%s\t%.0f\t%s\t%d\t%.1f", size, units, links,
                        result.entries().size(), Stats.median(service), format(service), Stats.median(page), format(page),
                        pageBytes, load));
                System.out.println("matrix " + lines.getLast());
            }
        }
        Files.write(out, lines);
        System.exit(0);
    }

    private static String format(List<Double> millis) {
        return millis.stream().map(m -> String.format(Locale.ROOT, "%.0f", m)).toList().toString();
    }

    static List<String> read(Path out) throws IOException {
        return Files.readAllLines(out);
    }
}
